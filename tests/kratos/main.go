// Command kratos builds Ory Kratos v1.3.1 as an ordinary Go module dependency so the
// test harness runs the real identity server, pinned by go.sum.
package main

import (
	"os"

	"github.com/ory/kratos/cmd"
)

func main() {
	os.Exit(cmd.Execute())
}
