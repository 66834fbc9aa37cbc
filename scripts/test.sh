#!/usr/bin/env bash
# README command 2: every check and every test, installing what they need first.
#   formatting, lints, unit tests, integration tests against a real Kratos, and browser tests
#   in Debian's Chromium with JavaScript on and off. Stops at the first failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

timings=()
step() { # name command...
  local name="$1"
  shift
  echo
  echo "==> $name"
  local started=$SECONDS
  "$@"
  timings+=("$(printf '%-28s %5ss' "$name" $((SECONDS - started)))")
}

step "install dependencies" scripts/install-deps.sh
KRATOS_BIN="$(tests/kratos/build.sh | tail -n1)"
HYDRA_BIN="$(tests/hydra/build.sh | tail -n1)"
export KRATOS_BIN HYDRA_BIN
step "cargo fmt --check" cargo fmt --check
step "cargo clippy" cargo clippy --all-targets --locked -- -D warnings
step "cargo test" cargo test --all-targets --locked
step "browser tests (Playwright)" npx playwright test
step "no secrets in UI logs" scripts/check-logs.sh

echo
echo "All checks passed. Time per step:"
printf '  %s\n' "${timings[@]}"
