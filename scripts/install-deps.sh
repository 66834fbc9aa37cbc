#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine (idempotent): Debian's Chromium and
# curl, the npm packages (htmx, Playwright, axe) from package-lock.json, and Kratos and Hydra
# built from the Go module proxy. Browsers come from Debian: Playwright never downloads one.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if ((${#missing[@]})); then
  echo "==> apt-get install ${missing[*]}"
  sudo_cmd=()
  [[ "$(id -u)" == 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}"
fi

if [[ ! -f node_modules/.package-lock.json ]] || ! cmp -s package-lock.json node_modules/.package-lock.json 2>/dev/null; then
  echo "==> npm ci"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

echo "==> Kratos and Hydra (from the Go module proxy)"
tests/kratos/build.sh | tail -n1
tests/hydra/build.sh | tail -n1
