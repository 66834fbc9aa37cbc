#!/usr/bin/env bash
# The Helm chart (deploy/helm/kratos-htmx-ui), checked offline with real tools: Helm v4 built
# from the Go module proxy (tests/helm/build.sh) lints it (--strict) and renders it with the
# default values, the full production values (ci/production-values.yaml) and a few variants;
# every rendered object is decoded strictly into its Kubernetes API type (k8s.io/api v0.37:
# unknown fields, wrong types, duplicate keys and removed API versions fail); and the rendered
# pod's environment starts the real UI. The tests are Go tests in tests/helm/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

unformatted="$(gofmt -l tests/helm)"
if [[ -n "$unformatted" ]]; then
  echo "gofmt: these files need formatting: $unformatted" >&2
  exit 1
fi

HELM_BIN="$(tests/helm/build.sh | tail -n1)"
cargo build --locked --bin kratos-htmx-ui
UI_BIN="${CARGO_TARGET_DIR:-$root/target}/debug/kratos-htmx-ui"
export HELM_BIN UI_BIN
"$HELM_BIN" version --short
cd tests/helm
go vet ./...
go test -count=1 ./...
