#!/usr/bin/env bash
# The designers' loop (scripts/dev.sh --watch): runs the UI, and on every saved change under
# src/, locales/ or Cargo.toml rebuilds it (incrementally) and restarts only the UI process;
# Kratos, Hydra and the demo account stay. Open pages reload themselves once the new process
# answers (assets/dev.js polls GET /dev/status). A stylesheet or script edit needs no rebuild:
# dev mode reads assets/ from disk, and the page reloads too.
#
# While a rebuild runs the old process keeps serving. When it fails, the compiler's errors are
# shown here and over the open page, until a rebuild succeeds.
#
#   WATCH_ROOT=<tree> UI_LOG=<file> [UI environment...] scripts/watch-ui.sh
#
# WATCH_ROOT is the tree to watch and build (default: this repository); the UI's own settings
# (PORT, KRATOS_PUBLIC_URL, DEV_MODE=true, ...) come from the environment. Each rebuild prints
# one line with its times (build: compile and link; restart: until /health/alive answers).
# The watcher is inotifywait (Debian's inotify-tools, installed by scripts/install-deps.sh).
set -euo pipefail
repository="$(dirname "${BASH_SOURCE[0]}")/.."
# wait_for URL what log pid [seconds]
source "$repository/scripts/lib/wait-for.sh"
root="$(cd "${WATCH_ROOT:-$repository}" && pwd)"
cd "$root"
: "${UI_LOG:?UI_LOG must name the log file of the UI}"
: "${PORT:?PORT must be set}"

if ! command -v inotifywait >/dev/null 2>&1; then
  echo "watch mode needs inotifywait: apt-get install inotify-tools (scripts/install-deps.sh does)" >&2
  exit 1
fi

# Where the rebuild's state is kept for the UI to report (src/flows/dev.rs).
DEV_WATCH_DIR="$(mktemp -d "${TMPDIR:-/tmp}/kratos-htmx-ui-watch.XXXXXX")"
export DEV_WATCH_DIR
ui_pid=""
cargo_pid=""
watcher_pids=()
# Stops everything this script started, whatever ends it (and carries on past a failed kill).
cleanup() {
  set +e
  trap - INT TERM
  for pid in "$cargo_pid" "$ui_pid" "${watcher_pids[@]}"; do
    [[ -n "$pid" ]] && kill -KILL "$pid" 2>/dev/null
  done
  for pid in "$cargo_pid" "$ui_pid" "${watcher_pids[@]}"; do
    [[ -n "$pid" ]] && wait "$pid" 2>/dev/null
  done
  rm -rf "$DEV_WATCH_DIR"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Written whole, then renamed: the UI never reads half a file.
set_state() { # state [errors file]
  if [[ -n "${2:-}" ]]; then cp "$2" "$DEV_WATCH_DIR/errors.tmp"; mv "$DEV_WATCH_DIR/errors.tmp" "$DEV_WATCH_DIR/errors"; fi
  echo "$1" >"$DEV_WATCH_DIR/state.tmp"
  mv "$DEV_WATCH_DIR/state.tmp" "$DEV_WATCH_DIR/state"
}

now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

target_dir="${CARGO_TARGET_DIR:-$root/target}"
build() {
  local log="$DEV_WATCH_DIR/build.log" status=0
  # In the background and waited for: a signal (Ctrl-C in dev.sh) interrupts `wait` at once,
  # where a build in the foreground would have to finish first.
  cargo build --bin kratos-htmx-ui --color=always >"$log" 2>&1 &
  cargo_pid=$!
  wait "$cargo_pid" || status=$?
  cargo_pid=""
  # The compiler's messages and cargo's last line; not a line per crate compiled.
  grep -Ev $'^(\e\\[[0-9;]*m)*[[:space:]]*(Compiling|Blocking)' "$log" >&2 || true
  if ((status != 0)); then
    # The page gets the compiler's words without colours or cargo's progress lines.
    sed -e 's/\x1b\[[0-9;]*m//g' "$log" | grep -Ev '^[[:space:]]*(Compiling|Blocking)' >"$log.plain" || true
    set_state failed "$log.plain"
    return 1
  fi
}

base_path="${BASE_PATH:-}"
start_ui() {
  "$target_dir/debug/kratos-htmx-ui" >>"$UI_LOG" 2>&1 &
  ui_pid=$!
  wait_for "http://127.0.0.1:$PORT${base_path%/}/health/alive" "The UI" "$UI_LOG" "$ui_pid" 30
}

# SIGKILL, not the graceful SIGTERM (which takes the server over a second): on a designer's
# machine there is nothing to finish, and the UI keeps no state of its own.
stop_ui() {
  if [[ -n "$ui_pid" ]]; then
    kill -KILL "$ui_pid" 2>/dev/null || true
    wait "$ui_pid" 2>/dev/null || true
    ui_pid=""
  fi
}

# Events, one path a line, from before the first build on (a save during it is not lost).
# The folders recursively; the top folder alone for Cargo.toml and Cargo.lock, since an editor
# that saves by renaming a new file over the old one would end a watch on the file itself.
fifo="$DEV_WATCH_DIR/events"
mkfifo "$fifo"
exec 3<>"$fifo"
events=(-m -q -e close_write,create,delete,moved_to,moved_from --format '%w%f')
inotifywait "${events[@]}" -r src locales assets >&3 &
watcher_pids+=($!)
inotifywait "${events[@]}" . >&3 &
watcher_pids+=($!)

set_state building
build || { echo "the first build failed: fix it and start again" >&2; exit 1; }
start_ui
set_state ok
echo "watching src/, locales/, assets/ and Cargo.toml in $root (the UI on port $PORT)" >&2

relevant() {
  case "$1" in
    *.swp | *.swx | *~ | */.#* | */4913 | *.tmp) return 1 ;;
    # The dev tools' own script and stylesheet are built into the binary.
    *.rs | *.ftl | Cargo.toml | Cargo.lock | assets/dev.js | assets/dev.css) echo code ;;
    assets/*) echo asset ;;
    *) return 1 ;;
  esac
}

while IFS= read -r -u 3 path; do
  path="${path#./}"
  kind="$(relevant "$path")" || continue
  saved="$(now)"
  # An editor's save, a branch switch or a formatter touch many files at once: one rebuild.
  while IFS= read -r -t 0.2 -u 3 more; do
    [[ "$(relevant "${more#./}" || true)" == code ]] && kind=code
  done
  if [[ "$kind" == asset ]]; then
    echo "[watch] $path changed: open pages reload" >&2
    continue
  fi
  echo "[watch] $path changed: rebuilding" >&2
  set_state building
  if ! build; then
    echo "[watch] build failed; the page shows the errors and the last build meanwhile" >&2
    continue
  fi
  built="$(now)"
  stop_ui
  if start_ui; then
    set_state ok
    echo "[watch] rebuilt in $(seconds "$saved" "$built") s, restarted in $(seconds "$built" "$(now)") s" >&2
  else
    # No process is left to tell the page (dev.js says so after a while): the terminal does.
    echo "[watch] the new build did not start (above); save a fix to try again" >&2
  fi
done
