#!/usr/bin/env bash
# The designers' loop, proven and measured (part of command 2; assets/STYLING.md, "Changing the
# markup").
# On a scratch copy of the tree (.cache/markup-loop/tree, so that this repository is never
# edited), scripts/watch-ui.sh runs the UI in dev mode as `scripts/dev.sh --watch` does (no
# Kratos: the gallery draws captured states), and tests/watch/loop.mjs drives Chromium through
# it: save a one-line view edit, see the page reload with it (ROUNDS times); save a change to
# src/main.rs alone (mostly linking); save a change that does not compile, see the error over
# the page; fix it, see the page come back. Prints the time from each save to the page showing
# it, and the watcher's own split (build: compile and link; restart).
#
#   scripts/markup-loop.sh            ROUNDS=3 by default
#
# The scratch tree builds into this repository's target/ (its dependencies are compiled
# already; only the crate itself is built again), so target/debug/kratos-htmx-ui is the
# scratch build until the cargo build at the end puts this tree's back.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
ROUNDS="${ROUNDS:-3}"
PORT="${MARKUP_LOOP_PORT:-4590}"

scratch="$root/.cache/markup-loop/tree"
results="$root/test-results"
mkdir -p "$scratch" "$results"
# A fresh copy of what the UI is built from, at a fixed path (cargo then reuses its own
# incremental state from the last run).
rm -rf "$scratch/src" "$scratch/locales" "$scratch/assets"
cp -a src locales assets Cargo.toml Cargo.lock "$scratch/"

log="$results/markup-loop-watch.log"
ui_log="$results/markup-loop-ui.log"
: >"$log"
: >"$ui_log"
watch_pid=""
finish() {
  if [[ -n "$watch_pid" ]]; then
    kill -TERM "$watch_pid" 2>/dev/null || true
    wait "$watch_pid" 2>/dev/null || true
  fi
  # This tree's binary back in target/debug (cargo links it again even when it is fresh).
  cargo build --bin kratos-htmx-ui --quiet
}
trap finish EXIT

echo "==> the watcher on a scratch copy (first build of the copy: a minute or two)"
WATCH_ROOT="$scratch" CARGO_TARGET_DIR="$root/target" UI_LOG="$ui_log" \
  DEV_MODE=true PORT="$PORT" BIND=127.0.0.1 PUBLIC_URL="http://localhost:$PORT" \
  KRATOS_PUBLIC_URL="http://127.0.0.1:9" \
  COOKIE_SECRET="dev-only-cookie-secret-change-me-0123456789abcdef0123456789" \
  ASSETS_DIR="$scratch/assets" HTMX_JS="$root/node_modules/htmx.org/dist/htmx.min.js" \
  GALLERY_DIR="$root/tests/fixtures/gallery" RUST_LOG=warn \
  scripts/watch-ui.sh 2>"$log" &
watch_pid=$!
source scripts/lib/wait-for.sh
wait_for "http://127.0.0.1:$PORT/health/alive" "The watcher's UI" "$log" "$watch_pid" 300

echo "==> Chromium through the loop ($ROUNDS rounds)"
timings="$(node tests/watch/loop.mjs "http://localhost:$PORT" "$scratch" "$ROUNDS" "$results")" || {
  echo "the watcher's log:" >&2
  tail -n 60 "$log" >&2
  exit 1
}

# The watcher's lines, "rebuilt in B s, restarted in R s", one per rebuild that started the UI.
node - "$timings" "$log" <<'NODE'
const [timings, logFile] = process.argv.slice(2);
const t = JSON.parse(timings);
const lines = require('fs').readFileSync(logFile, 'utf8').split('\n')
  .map((line) => line.match(/rebuilt in ([\d.]+) s, restarted in ([\d.]+) s/)).filter(Boolean)
  .map((m) => ({ build: Number(m[1]), restart: Number(m[2]) }));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const seconds = (ms) => (ms / 1000).toFixed(1);
// Rebuilds alternate view, main.rs, view, main.rs, ..., then the fix.
const view = lines.filter((_, i) => i % 2 === 0 && i < 2 * t.view.length);
const main = lines.filter((_, i) => i % 2 === 1 && i < 2 * t.view.length);
console.log(`view edit → page showing it: ${t.view.map(seconds).join(' s, ')} s (median ${seconds(median(t.view))} s)`);
console.log(`  of which build (compile + link) ${median(view.map((l) => l.build))} s, restart ${median(view.map((l) => l.restart))} s, the rest the page noticing and reloading`);
console.log(`src/main.rs edit (mostly linking) → page: median ${seconds(median(t.main))} s (build ${median(main.map((l) => l.build))} s)`);
console.log(`compile error shown on the page, then fixed → page: ${seconds(t.fixed)} s`);
NODE
