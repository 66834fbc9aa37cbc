#!/usr/bin/env bash
# Prints the path of a Kratos v1.3.1 binary (last line of stdout), building it if needed;
# KRATOS_BIN overrides. See tests/go-build.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/../go-build.sh" "$here" kratos KRATOS_BIN \
  -ldflags "-X github.com/ory/kratos/driver/config.Version=v1.3.1"
