// Command helm builds the Helm CLI (v4, pinned by go.sum) as an ordinary Go module
// dependency, so that command 2 lints and renders the chart with the real tool, offline once the
// module cache is filled.
package main

import (
	"errors"
	"os"

	helmcmd "helm.sh/helm/v4/pkg/cmd"
)

func main() {
	root, err := helmcmd.NewRootCmd(os.Stdout, os.Args[1:], helmcmd.SetupLogging)
	if err != nil {
		os.Stderr.WriteString("helm: " + err.Error() + "\n")
		os.Exit(1)
	}
	if err := root.Execute(); err != nil {
		if commandError, ok := errors.AsType[helmcmd.CommandError](err); ok {
			os.Exit(commandError.ExitCode)
		}
		os.Exit(1)
	}
}
