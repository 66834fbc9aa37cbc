#!/usr/bin/env bash
# README command 1: run Kratos and the UI on localhost, with a demo account.
#
#   scripts/dev.sh          → http://localhost:4455/  (Ctrl-C stops both)
#
# Ports and timings can be changed with UI_PORT, KRATOS_PUBLIC_PORT, KRATOS_ADMIN_PORT,
# SETTINGS_LIFESPAN and PRIVILEGED_SESSION_MAX_AGE (the browser tests use other ports).
# Both processes are children of this script and are stopped with it, whatever ends it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

UI_PORT="${UI_PORT:-4455}"
export KRATOS_PUBLIC_PORT="${KRATOS_PUBLIC_PORT:-4433}"
export KRATOS_ADMIN_PORT="${KRATOS_ADMIN_PORT:-4434}"
export UI_URL="http://localhost:$UI_PORT"
DEMO_EMAIL="${DEMO_EMAIL:-demo@example.com}"
DEMO_PASSWORD="${DEMO_PASSWORD:-demo-password-1234}"

kratos_bin="$(tests/kratos/build.sh | tail -n1)"
if [[ ! -f node_modules/htmx.org/dist/htmx.min.js ]]; then
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >&2
fi
if [[ "${DEV_RELEASE:-0}" == 1 ]]; then
  cargo build --release --bin kratos-htmx-ui >&2
  ui_bin="$root/target/release/kratos-htmx-ui"
else
  cargo build --bin kratos-htmx-ui >&2
  ui_bin="$root/target/debug/kratos-htmx-ui"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/kratos-htmx-ui-dev.XXXXXX")"
tests/kratos/render-config.sh "$work/kratos.yml"
mkdir -p .cache/logs
kratos_log="$root/.cache/logs/kratos-$UI_PORT.log"
ui_log="$root/.cache/logs/ui-$UI_PORT.log"

pids=()
stop() {
  trap - INT TERM EXIT
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap 'stop; exit 130' INT
trap 'stop; exit 143' TERM
trap stop EXIT

wait_for() { # URL what log
  for _ in $(seq 1 600); do
    if curl -fsS -o /dev/null "$1" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "$2 did not become ready at $1; last lines of $3:" >&2
  tail -n 30 "$3" >&2
  return 1
}

"$kratos_bin" serve -c "$work/kratos.yml" --dev --watch-courier --sqa-opt-out >"$kratos_log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$KRATOS_PUBLIC_PORT/health/ready" Kratos "$kratos_log"

KRATOS_PUBLIC_URL="http://localhost:$KRATOS_PUBLIC_PORT" \
KRATOS_BROWSER_URL="http://localhost:$KRATOS_PUBLIC_PORT" \
KRATOS_ADMIN_URL="http://127.0.0.1:$KRATOS_ADMIN_PORT" \
PORT="$UI_PORT" BIND=127.0.0.1 \
COOKIE_SECRET="${COOKIE_SECRET:-dev-only-cookie-secret-change-me-0123456789abcdef0123456789}" \
RUST_LOG="${RUST_LOG:-info}" \
  "$ui_bin" >"$ui_log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$UI_PORT/health/alive" "The UI" "$ui_log"

status="$(curl -sS -o /dev/null -w '%{http_code}' -X POST \
  "http://127.0.0.1:$KRATOS_ADMIN_PORT/admin/identities" \
  -H 'Content-Type: application/json' \
  -d "{\"schema_id\":\"default\",\"traits\":{\"email\":\"$DEMO_EMAIL\",\"name\":\"Demo User\"},\"credentials\":{\"password\":{\"config\":{\"password\":\"$DEMO_PASSWORD\"}}}}")"
case "$status" in
  201 | 409) ;;
  *) echo "creating the demo identity failed with HTTP $status" >&2; exit 1 ;;
esac

cat <<INFO

  kratos-htmx-ui is running:  http://localhost:$UI_PORT/
  demo account:               $DEMO_EMAIL / $DEMO_PASSWORD
  Kratos (public, admin):     http://localhost:$KRATOS_PUBLIC_PORT  http://127.0.0.1:$KRATOS_ADMIN_PORT
  logs:                       $ui_log  $kratos_log

  Press Ctrl-C to stop both.
INFO

# Wait until either process ends (or a signal arrives); the traps stop the other one.
wait -n "${pids[@]}"
echo "a process ended unexpectedly; see $ui_log and $kratos_log" >&2
exit 1
