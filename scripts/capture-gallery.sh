#!/usr/bin/env bash
# Captures the designers' gallery states from a real Kratos v1.3.1 as JSON fixtures in
# tests/fixtures/gallery/ (drawn by the dev-mode /gallery and the insta markup snapshots).
# Run by hand after a Kratos upgrade or a config change and review the diff; not part of CI.
#
# Why a script of its own: the states need real flows (mailed codes, TOTP, a virtual security
# key, a social link through Hydra, expired lifespans, other sign-in styles), so it starts three
# stacks with scripts/dev.sh on ports nothing else uses (the browser tests run on 4463-4468):
#   main     4473-4478  social sign-in through Hydra, normal lifespans
#   expired  4483-4488  the same, but sign-in and settings flows expire after 10 s
#   codes    4493-4498  the same, with the identifier asked first and mailed sign-in codes
#                       (KRATOS_PROFILE=identifier-first)
# Playwright (tests/gallery/, its own config) writes into a staging directory; the fixtures and
# their README are replaced only when every state was captured. Both stacks and Playwright are
# stopped (SIGTERM to each one's process group) however this script ends.
#
#   scripts/capture-gallery.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
started=$SECONDS
out=tests/fixtures/gallery
stage="$(mktemp -d "${TMPDIR:-/tmp}/gallery-capture.XXXXXX")"
groups=()

stop() {
  trap - EXIT INT TERM
  for group in "${groups[@]}"; do kill -TERM -- "-$group" 2>/dev/null || true; done
  for group in "${groups[@]}"; do # dev.sh stops its children in order: 20 s at most
    for _ in $(seq 1 100); do kill -0 -- "-$group" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$group" 2>/dev/null || true
  done
  rm -rf "$stage"
}
trap stop EXIT
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM

for port in 4473 4474 4475 4476 4477 4478 4483 4484 4485 4486 4487 4488 \
  4493 4494 4495 4496 4497 4498; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "port $port is in use; is another capture running?" >&2
    exit 1
  fi
done
if [[ ! -d node_modules/@playwright/test || ! -f node_modules/htmx.org/dist/htmx.min.js ]]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >&2
fi

# start NAME BASE_PORT [VAR=value...]: dev.sh in a process group of its own (setsid), so the
# whole stack can be signalled at once. Kratos on BASE and BASE+1, the UI on BASE+2, Hydra on
# BASE+3 and BASE+4, its login app on BASE+5.
start() {
  local name="$1" base="$2"
  shift 2
  env "$@" SOCIAL=1 UI_PORT=$((base + 2)) KRATOS_PUBLIC_PORT="$base" KRATOS_ADMIN_PORT=$((base + 1)) \
    HYDRA_PUBLIC_PORT=$((base + 3)) HYDRA_ADMIN_PORT=$((base + 4)) PROVIDER_APP_PORT=$((base + 5)) \
    setsid scripts/dev.sh >".cache/logs/capture-$name.log" 2>&1 &
  groups+=($!)
}
mkdir -p .cache/logs
start main 4473
start expired 4483 LOGIN_LIFESPAN=10s SETTINGS_LIFESPAN=10s
start codes 4493 KRATOS_PROFILE=identifier-first

# Waits until every UI is ready (the first run also builds Kratos, Hydra and the UI).
for i in 0 1 2; do
  url="http://127.0.0.1:$((4475 + 10 * i))/health/ready"
  until curl -fsS --max-time 2 -o /dev/null "$url" 2>/dev/null; do
    if ! kill -0 "${groups[$i]}" 2>/dev/null; then
      echo "a stack exited before it became ready; see .cache/logs/capture-*.log:" >&2
      tail -n 20 .cache/logs/capture-*.log >&2
      exit 1
    fi
    sleep 0.5
  done
done

# In the background and a group of its own too, so a signal stops it at once with the stacks.
GALLERY_OUT="$stage" setsid node_modules/.bin/playwright test --config tests/gallery/capture.config.ts &
groups+=($!)
wait "${groups[-1]}"
node tests/gallery/readme.mjs "$stage"
rm -f "$out"/*.json
cp "$stage"/*.json "$stage"/README.md "$out"/
echo "captured $(ls "$out"/*.json | wc -l) states into $out in $((SECONDS - started)) s"
