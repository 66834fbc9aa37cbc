#!/usr/bin/env bash
# Prints the path of an Ory Hydra v2.3.0 binary (last line of stdout), building it if needed;
# HYDRA_BIN overrides. Hydra is the real OpenID Connect provider of the social sign-in tests.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/../go-build.sh" "$here" hydra HYDRA_BIN
