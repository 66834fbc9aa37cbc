#!/usr/bin/env bash
# Captures the designers' gallery states from a real Kratos (tests/capture/capture.spec.ts)
# into tests/fixtures/gallery/. Starts its own stack (scripts/dev.sh with social sign-in) on
# ports 4473-4478, so the browser tests' stack and a developer's stack are left alone, and
# stops it when done. Review the diff of the fixtures and of tests/snapshots/ afterwards.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
[[ -d node_modules/@playwright/test ]] || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
npx playwright test --config tests/capture/capture.config.ts "$@"
ls tests/fixtures/gallery
