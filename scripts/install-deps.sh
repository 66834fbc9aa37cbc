#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (idempotent): Debian's Chromium,
# Firefox ESR and WebKitGTK's WebDriver (with Xvfb for its display), the text browser lynx, a QR
# code reader (zbar), curl, inotify-tools and PostgreSQL, the npm packages (htmx, Playwright,
# axe, the Firefox and WebKit drivers) from package-lock.json, and Kratos, Hydra and Helm built
# from the Go module proxy. Browsers come from Debian: Playwright never downloads one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/bin/firefox-esr ]] || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null 2>&1 || missing+=(xvfb)
command -v lynx >/dev/null 2>&1 || missing+=(lynx)
# zbarimg reads the TOTP QR code in a browser test, as a phone's camera would.
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
command -v curl >/dev/null 2>&1 || missing+=(curl)
# inotifywait: the watcher of scripts/dev.sh --watch (and its check, scripts/markup-loop.sh).
command -v inotifywait >/dev/null 2>&1 || missing+=(inotify-tools)
# PostgreSQL for the scale-out test (Kratos on PostgreSQL, as in production); Debian installs
# each major version under /usr/lib/postgresql/<version>/bin.
compgen -G '/usr/lib/postgresql/*/bin/postgres' >/dev/null || missing+=(postgresql)
if ((${#missing[@]} == 0)); then
  echo "==> browsers, curl and postgresql: already installed"
else
  echo "==> apt-get install ${missing[*]}"
  sudo_cmd=()
  [[ "$(id -u)" == 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi

# npm ci only when node_modules does not match package-lock.json: npm's record of what it
# installed (node_modules/.package-lock.json) lists the same packages, versions and hashes.
# (Not a byte comparison: that record never holds the root package, so it always differs.)
if node -e '
  const want = require("./package-lock.json").packages;
  const have = require("./node_modules/.package-lock.json").packages;
  delete want[""];
  const key = (p) => JSON.stringify(Object.keys(p).sort().map((k) => [k, p[k].version, p[k].integrity]));
  process.exit(key(want) === key(have) ? 0 : 1);
' 2>/dev/null; then
  echo "==> npm packages: up to date with package-lock.json"
else
  echo "==> npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

echo "==> Kratos, Hydra and Helm (from the Go module proxy)"
tests/kratos/build.sh | tail -n1
tests/hydra/build.sh | tail -n1
tests/helm/build.sh | tail -n1
