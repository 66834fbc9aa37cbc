#!/usr/bin/env bash
# Fails when a log line of the UI written during the browser tests holds a cookie, a CSRF
# token or a session token. The browser tests run the UI with RUST_LOG=debug so that every
# line the UI can write is written.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# Every stack of the browser tests: Playwright's main one (4465) and passwordless one (4505),
# Firefox's and WebKit's (4525, scripts/engines.sh) and lynx's (4535, scripts/text-browser.sh).
for port in 4465 4505 4525 4535; do
  log="$root/.cache/logs/ui-$port.log"
  if [[ ! -s "$log" ]]; then
    echo "no UI log at $log: did the browser tests run?" >&2
    exit 1
  fi
  if grep -nEi 'ory_kratos_session|csrf_token|form_token|ory_kratos_continuity|kratos_ui_session|cookie:|set-cookie' "$log"; then
    echo "the UI log above holds cookies or tokens" >&2
    exit 1
  fi
  # Values as well as names: flow, session and identity ids are UUIDs, Kratos's session tokens
  # start with ory_st_ / ory_ht_, and CSRF tokens and cookie values hold long base64 runs. The UI
  # logs none of them (its request ids are 16 hex digits).
  if grep -nEi '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|ory_(st|ht)_|[A-Za-z0-9+_=]{24,}' "$log"; then
    echo "the UI log above holds an id, a token or a cookie value" >&2
    exit 1
  fi
  echo "$(wc -l <"$log") UI log lines, none with a cookie or token"
done
