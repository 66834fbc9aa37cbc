#!/usr/bin/env bash
# Prints the path of a Kratos v1.3.1 binary (last line of stdout), building it if needed.
#
# Kratos is built from the Go module proxy as an ordinary dependency of the tiny main module
# beside this script (go.mod/go.sum pin every module). The binary is cached under
# .cache/kratos/<hash of the module files>/ so it is built once per change of those files.
# KRATOS_BIN, when set, overrides all of this.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

if [[ -n "${KRATOS_BIN:-}" ]]; then
  if [[ -x "$KRATOS_BIN" ]]; then
    echo "$KRATOS_BIN"
    exit 0
  fi
  echo "KRATOS_BIN=$KRATOS_BIN is not an executable file" >&2
  exit 1
fi

if ! command -v go >/dev/null 2>&1; then
  echo "Go is required to build Kratos (https://go.dev/dl/); or set KRATOS_BIN" >&2
  exit 1
fi

key="$(cat "$here/go.mod" "$here/go.sum" "$here/main.go" | sha256sum | cut -c1-16)"
out="$root/.cache/kratos/$key/kratos"
if [[ -x "$out" ]]; then
  echo "$out"
  exit 0
fi

echo "Building Kratos v1.3.1 into $out (a few minutes the first time)..." >&2
mkdir -p "$(dirname "$out")"
(
  cd "$here"
  # CGO and the sqlite tag: without them every SQLite DSN fails at run time.
  CGO_ENABLED=1 go build -tags sqlite \
    -ldflags "-X github.com/ory/kratos/driver/config.Version=v1.3.1" \
    -o "$out.tmp" .
) >&2
mv "$out.tmp" "$out"
echo "$out"
