// Command hydra builds Ory Hydra v2.3.0, a real OpenID Connect provider, as an ordinary Go
// module dependency, so the tests can link and unlink a social sign-in account for real.
package main

import "github.com/ory/hydra/v2/cmd"

func main() {
	cmd.Execute()
}
