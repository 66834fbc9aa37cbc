#!/usr/bin/env bash
# Runs a command against a stack of its own: scripts/dev.sh (Kratos and the UI, with the demo
# account) on the ports given, started here, ready before the command runs, and always stopped
# after it, whatever ends this script.
#
#   scripts/with-stack.sh UI_PORT KRATOS_PUBLIC_PORT KRATOS_ADMIN_PORT command [args...]
#
# The command gets UI_URL (http://localhost:UI_PORT, the UI's PUBLIC_URL exactly: its cookies
# and its same-origin check are for that origin) and KRATOS_ADMIN_URL. The UI logs at debug
# level, so that scripts/check-logs.sh sees every line it can write; the stack's own output
# goes to .cache/logs/stack-UI_PORT.log.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if (($# < 4)); then
  echo "usage: scripts/with-stack.sh UI_PORT KRATOS_PUBLIC_PORT KRATOS_ADMIN_PORT command [args...]" >&2
  exit 2
fi
ui_port="$1" kratos_public_port="$2" kratos_admin_port="$3"
shift 3
ready_url="http://127.0.0.1:$ui_port/health/ready"
if curl -fsS --max-time 2 -o /dev/null "http://127.0.0.1:$ui_port/health/alive" 2>/dev/null; then
  echo "something already answers on port $ui_port: stop it first (this script starts its own stack)" >&2
  exit 1
fi

mkdir -p .cache/logs
stack_log="$root/.cache/logs/stack-$ui_port.log"
started=$SECONDS
# dev.sh (and the processes it starts) in a process group of their own, so that one SIGTERM
# to the group stops all of it.
setsid env UI_PORT="$ui_port" KRATOS_PUBLIC_PORT="$kratos_public_port" \
  KRATOS_ADMIN_PORT="$kratos_admin_port" RUST_LOG=debug \
  scripts/dev.sh >"$stack_log" 2>&1 </dev/null &
stack=$!
stop() {
  trap - EXIT INT TERM
  kill -TERM -- "-$stack" 2>/dev/null || true
  for _ in $(seq 1 100); do
    kill -0 -- "-$stack" 2>/dev/null || break
    sleep 0.1
  done
  kill -KILL -- "-$stack" 2>/dev/null || true
  wait "$stack" 2>/dev/null || true
}
trap stop EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# dev.sh builds Kratos (once) and the UI first: up to 5 minutes.
for _ in $(seq 1 600); do
  if curl -fsS --max-time 2 -o /dev/null "$ready_url" 2>/dev/null; then break; fi
  if ! kill -0 "$stack" 2>/dev/null; then
    echo "scripts/dev.sh ended before the UI was ready; last lines of $stack_log:" >&2
    tail -n 40 "$stack_log" >&2
    exit 1
  fi
  sleep 0.5
done
if ! curl -fsS --max-time 2 -o /dev/null "$ready_url" 2>/dev/null; then
  echo "the UI was not ready at $ready_url within 5 minutes; last lines of $stack_log:" >&2
  tail -n 40 "$stack_log" >&2
  exit 1
fi
echo "stack ready in $((SECONDS - started)) s (log: $stack_log)"

status=0
UI_URL="http://localhost:$ui_port" KRATOS_ADMIN_URL="http://127.0.0.1:$kratos_admin_port" \
  "$@" || status=$?
exit "$status"
