#!/usr/bin/env bash
# Prints the path of a binary built from one of the tiny Go main modules under tests/ (the
# last line of stdout), building it only when its go.mod/go.sum/main.go changed.
#
#   tests/go-build.sh MODULE_DIR NAME OVERRIDE_VAR [go build flags...]
#
# The module pins a real Ory server (Kratos, Hydra) as an ordinary dependency from the Go
# module proxy. The binary is cached under .cache/NAME/<hash of the module files>/NAME.
# When the variable named OVERRIDE_VAR is set, its value is the binary to use instead.
set -euo pipefail
module="$(cd "$1" && pwd)"
name="$2"
override="$3"
shift 3
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if [[ -n "${!override:-}" ]]; then
  if [[ -x "${!override}" ]]; then
    echo "${!override}"
    exit 0
  fi
  echo "$override=${!override} is not an executable file" >&2
  exit 1
fi

key="$(cat "$module/go.mod" "$module/go.sum" "$module/main.go" | sha256sum | cut -c1-16)"
out="$root/.cache/$name/$key/$name"
if [[ -x "$out" ]]; then
  echo "$out"
  exit 0
fi

# Go is only needed when there is no cached build (a checkout can reuse .cache without Go).
if ! command -v go >/dev/null 2>&1; then
  echo "Go is required to build $name (https://go.dev/dl/); or set $override to a $name binary" >&2
  exit 1
fi

echo "Building $name into $out (a few minutes the first time)..." >&2
mkdir -p "$(dirname "$out")"
# CGO and the sqlite tag: without them every SQLite DSN fails at run time.
# Built under a name of its own and renamed, so a concurrent or interrupted build never
# leaves a half-written binary at $out.
tmp="$out.tmp.$$"
trap 'rm -f "$tmp"' EXIT
(cd "$module" && CGO_ENABLED=1 go build -tags sqlite "$@" -o "$tmp" .) >&2
mv "$tmp" "$out"
echo "$out"
