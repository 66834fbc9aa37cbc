#!/usr/bin/env bash
# The text-browser journey (tests/text-browser/journey.mjs) in Debian's lynx, against a stack
# of its own (scripts/with-stack.sh, ports 4533-4535).
#
#   scripts/text-browser.sh      (needs lynx: scripts/install-deps.sh installs it)
#
# Pages as lynx saved them, the keystroke scripts and lynx's screen logs end up in
# test-results/text-browser/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

command -v lynx >/dev/null || { echo "lynx is missing: run scripts/install-deps.sh" >&2; exit 1; }
# First, that the readability checks do catch what they look for (no stack needed).
node tests/text-browser/readability-selftest.mjs
exec scripts/with-stack.sh 4535 4533 4534 node tests/text-browser/journey.mjs
