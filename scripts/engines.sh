#!/usr/bin/env bash
# Cross-engine browser journeys: Firefox ESR (Gecko, over WebDriver BiDi) and WebKitGTK
# (WebKitWebDriver + MiniBrowser under Xvfb), each with JavaScript on and off
# (tests/engines/run.mjs), beside the Chromium Playwright suite (tests/browser/).
#
#   scripts/engines.sh                         every journey, every engine and mode
#   ENGINES=webkit MODES=js-off JOURNEYS=sign scripts/engines.sh     a part of them
#
# Against a stack of its own (scripts/with-stack.sh: UI 4525, Kratos public 4523 and admin
# 4524), so a developer's dev instance and the Playwright stacks are left alone. Browsers come
# from Debian (scripts/install-deps.sh): firefox-esr, webkit2gtk-driver, xvfb. Screenshots (each
# failure, and the saved settings page per engine and mode) go to test-results/engines/.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

missing=()
[[ -x /usr/bin/firefox-esr ]] || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
if ((${#missing[@]})); then
  echo "missing Debian packages: ${missing[*]} (scripts/install-deps.sh installs them)" >&2
  exit 1
fi
exec scripts/with-stack.sh 4525 4523 4524 node tests/engines/run.mjs
