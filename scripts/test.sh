#!/usr/bin/env bash
# README command 2: every check and every test, installing what they need first.
#   formatting, lints, unit tests, integration tests against a real Kratos, browser tests in
#   Debian's Chromium, Firefox ESR and WebKitGTK with JavaScript on and off, and a journey in
#   the text browser lynx, and the Helm chart linted, rendered and validated against the
#   Kubernetes API types. Stops at the first failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

timings=()
summary() {
  printf '  %s\n' "${timings[@]}"
}
# Runs one step and records its wall time; the first failing step ends the run, naming it.
step() { # name command...
  local name="$1"
  shift
  echo
  echo "==> $name"
  local started=$SECONDS status=0
  "$@" || status=$?
  timings+=("$(printf '%-28s %5ss' "$name" $((SECONDS - started)))")
  if ((status != 0)); then
    echo
    echo "FAILED: $name (exit status $status). Time per step:"
    summary
    exit "$status"
  fi
}

step "install dependencies" scripts/install-deps.sh
KRATOS_BIN="$(tests/kratos/build.sh | tail -n1)"
HYDRA_BIN="$(tests/hydra/build.sh | tail -n1)"
export KRATOS_BIN HYDRA_BIN
step "cargo fmt --check" cargo fmt --check
step "cargo clippy" cargo clippy --all-targets --locked -- -D warnings
step "hadolint (Dockerfile)" scripts/lint-dockerfile.sh
step "cargo test" cargo test --all-targets --locked
step "Helm chart" scripts/helm.sh
step "designers' loop (watch mode)" scripts/markup-loop.sh
step "fuzz (30 s per target)" scripts/fuzz.sh 30
step "browser tests (Playwright)" npx playwright test
# After Playwright, which empties test-results/ as it starts.
step "Firefox and WebKit" scripts/engines.sh
step "text browser (lynx)" scripts/text-browser.sh
step "no secrets in UI logs" scripts/check-logs.sh

echo
echo "All checks passed. Time per step:"
summary
