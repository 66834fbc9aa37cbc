#!/usr/bin/env bash
# Prints the path of a Helm v4.3.2 binary (last line of stdout), building it if needed;
# HELM_BIN overrides. See tests/go-build.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
exec "$here/../go-build.sh" "$here" helm HELM_BIN \
  -ldflags "-X helm.sh/helm/v4/internal/version.version=v4.3.2"
