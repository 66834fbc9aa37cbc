#!/usr/bin/env bash
# README command 1: run Kratos and the UI on localhost, with a demo account.
#
#   scripts/dev.sh          → http://localhost:4455/  (Ctrl-C stops both)
#   scripts/dev.sh --watch  the same, and every saved change under src/ or locales/ rebuilds
#                           and restarts the UI alone, open pages reload themselves, and a
#                           failed build shows its errors here and on the page
#                           (scripts/watch-ui.sh; assets/STYLING.md, "Changing the markup")
#
# Ports and timings can be changed with UI_PORT, KRATOS_PUBLIC_PORT, KRATOS_ADMIN_PORT,
# SETTINGS_LIFESPAN and PRIVILEGED_SESSION_MAX_AGE (the browser tests use other ports).
# SOCIAL=1 also runs a real OpenID Connect provider (Ory Hydra, on HYDRA_PUBLIC_PORT/
# HYDRA_ADMIN_PORT, with a login-and-consent app on PROVIDER_APP_PORT that accepts at once)
# and configures it in Kratos as the social sign-in provider "Example ID".
# OAUTH2=1 runs Ory Hydra as the OAuth2/OpenID Connect server of apps, with this UI as its login,
# consent and logout app (on HYDRA_APPS_PUBLIC_PORT/HYDRA_APPS_ADMIN_PORT), registers the demo
# app "Acceptance Notes" and serves it on OAUTH2_APP_PORT: open it and sign in with your account.
# KRATOS_PROFILE=<name> merges tests/kratos/profiles/<name>.yml over Kratos's configuration:
# codes (sign-in and sign-up by a mailed code), codes-only, code-second-factor, identifier-first,
# passwordless (codes and passwordless security keys), strict
# (no sign-up or recovery; a password sign-in needs a verified address).
# Both processes are children of this script and are stopped with it, whatever ends it.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

watch=0
for arg in "$@"; do
  case "$arg" in
    --watch) watch=1 ;;
    *) echo "unknown argument: $arg (the only one is --watch)" >&2; exit 2 ;;
  esac
done
if ((watch)) && [[ "${DEV_RELEASE:-0}" == 1 ]]; then
  echo "--watch rebuilds the debug build; it does not go with DEV_RELEASE=1" >&2
  exit 2
fi

UI_PORT="${UI_PORT:-4455}"
export KRATOS_PUBLIC_PORT="${KRATOS_PUBLIC_PORT:-4433}"
export KRATOS_ADMIN_PORT="${KRATOS_ADMIN_PORT:-4434}"
export UI_URL="http://localhost:$UI_PORT"
DEMO_EMAIL="${DEMO_EMAIL:-demo@example.com}"
DEMO_PASSWORD="${DEMO_PASSWORD:-demo-password-1234}"
# Hydra reads every OAUTH2_* variable of its environment as its own configuration: ours stay
# shell variables.
OAUTH2_DEMO="${OAUTH2:-0}"
OAUTH2_APP_PORT="${OAUTH2_APP_PORT:-4449}"
unset OAUTH2
export -n OAUTH2_APP_PORT

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

# wait_for URL what log pid [seconds]
source scripts/lib/wait-for.sh

social_origins=""
if [[ "${SOCIAL:-0}" == 1 ]]; then
  HYDRA_PUBLIC_PORT="${HYDRA_PUBLIC_PORT:-4444}"
  HYDRA_ADMIN_PORT="${HYDRA_ADMIN_PORT:-4445}"
  PROVIDER_APP_PORT="${PROVIDER_APP_PORT:-4446}"
  hydra_bin="$(tests/hydra/build.sh | tail -n1)"
  hydra_log="$root/.cache/logs/hydra-$UI_PORT.log"
  PROVIDER_APP_PORT="$PROVIDER_APP_PORT" HYDRA_ADMIN_URL="http://127.0.0.1:$HYDRA_ADMIN_PORT" \
    node tests/browser/provider-app.mjs >"$hydra_log.app" 2>&1 &
  app_pid=$!
  pids+=("$app_pid")
  DSN=memory \
  URLS_SELF_ISSUER="http://localhost:$HYDRA_PUBLIC_PORT/" \
  URLS_LOGIN="http://localhost:$PROVIDER_APP_PORT/login" \
  URLS_CONSENT="http://localhost:$PROVIDER_APP_PORT/consent" \
  SECRETS_SYSTEM="dev-only-hydra-system-secret-0123456789" \
  SERVE_PUBLIC_PORT="$HYDRA_PUBLIC_PORT" SERVE_PUBLIC_HOST=127.0.0.1 \
  SERVE_ADMIN_PORT="$HYDRA_ADMIN_PORT" SERVE_ADMIN_HOST=127.0.0.1 \
    "$hydra_bin" serve all --dev --sqa-opt-out >"$hydra_log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$HYDRA_PUBLIC_PORT/health/ready" Hydra "$hydra_log" "${pids[-1]}"
  wait_for "http://127.0.0.1:$PROVIDER_APP_PORT/health" "The provider app" "$hydra_log.app" "$app_pid"
  client_secret="dev-only-kratos-client-secret-0123456789"
  client_id="$(curl -fsS --max-time 10 -X POST "http://127.0.0.1:$HYDRA_ADMIN_PORT/admin/clients" \
    -H 'Content-Type: application/json' \
    -d "{\"client_secret\":\"$client_secret\",\"grant_types\":[\"authorization_code\",\"refresh_token\"],\"response_types\":[\"code\"],\"scope\":\"openid email offline_access\",\"redirect_uris\":[\"http://localhost:$KRATOS_PUBLIC_PORT/self-service/methods/oidc/callback/hydra\"],\"token_endpoint_auth_method\":\"client_secret_post\"}" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).client_id))')"
  printf '%s\n' "local claims = std.extVar('claims');" \
    "{ identity: { traits: { email: claims.email } } }" >"$work/oidc.mapper.jsonnet"
  cat >"$work/oidc.yml" <<OIDC
    oidc:
      enabled: true
      config:
        providers:
          - id: hydra
            label: Example ID
            provider: generic
            client_id: $client_id
            client_secret: $client_secret
            issuer_url: http://localhost:$HYDRA_PUBLIC_PORT/
            mapper_url: file://$work/oidc.mapper.jsonnet
            scope:
              - openid
              - email
OIDC
  export OIDC_METHOD_FILE="$work/oidc.yml"
  # Every origin the sign-in redirects pass through: here the provider's login app too,
  # since it accepts at once and the whole chain is one navigation from the posted form.
  social_origins="http://localhost:$HYDRA_PUBLIC_PORT,http://localhost:$PROVIDER_APP_PORT"
fi

hydra_env=()
kratos_oauth2=()
if [[ "$OAUTH2_DEMO" == 1 ]]; then
  HYDRA_APPS_PUBLIC_PORT="${HYDRA_APPS_PUBLIC_PORT:-4447}"
  HYDRA_APPS_ADMIN_PORT="${HYDRA_APPS_ADMIN_PORT:-4448}"
  apps_public="http://localhost:$HYDRA_APPS_PUBLIC_PORT"
  apps_admin="http://127.0.0.1:$HYDRA_APPS_ADMIN_PORT"
  apps_log="$root/.cache/logs/hydra-apps-$UI_PORT.log"
  DSN=memory \
  URLS_SELF_ISSUER="$apps_public/" \
  URLS_LOGIN="$UI_URL/login" URLS_CONSENT="$UI_URL/consent" URLS_LOGOUT="$UI_URL/logout" \
  URLS_ERROR="$UI_URL/error" URLS_POST_LOGOUT_REDIRECT="$UI_URL/login" \
  SECRETS_SYSTEM="dev-only-hydra-apps-system-secret-0123456789" \
  SERVE_PUBLIC_PORT="$HYDRA_APPS_PUBLIC_PORT" SERVE_PUBLIC_HOST=127.0.0.1 \
  SERVE_ADMIN_PORT="$HYDRA_APPS_ADMIN_PORT" SERVE_ADMIN_HOST=127.0.0.1 \
    "$(tests/hydra/build.sh | tail -n1)" serve all --dev --sqa-opt-out >"$apps_log" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$HYDRA_APPS_PUBLIC_PORT/health/ready" "Hydra (apps)" "$apps_log" "${pids[-1]}"
  app_url="http://localhost:$OAUTH2_APP_PORT"
  app_secret="dev-only-acceptance-notes-secret-0123456789"
  curl -fsS --max-time 10 -o /dev/null -X POST "$apps_admin/admin/clients" -H 'Content-Type: application/json' \
    -d "{\"client_id\":\"acceptance-notes\",\"client_name\":\"Acceptance Notes\",\"client_secret\":\"$app_secret\",\"grant_types\":[\"authorization_code\",\"refresh_token\"],\"response_types\":[\"code\"],\"scope\":\"openid email profile offline_access\",\"redirect_uris\":[\"$app_url/callback\"],\"post_logout_redirect_uris\":[\"$app_url/signed-out\"],\"policy_uri\":\"$app_url/privacy\",\"tos_uri\":\"$app_url/terms\",\"token_endpoint_auth_method\":\"client_secret_post\"}"
  OAUTH2_APP_PORT="$OAUTH2_APP_PORT" HYDRA_PUBLIC_URL="$apps_public" OAUTH2_CLIENT_SECRET="$app_secret" \
    node tests/browser/oauth2-app.mjs >"$apps_log.app" 2>&1 &
  pids+=($!)
  wait_for "http://127.0.0.1:$OAUTH2_APP_PORT/health" "The demo app" "$apps_log.app" "${pids[-1]}"
  kratos_oauth2=(OAUTH2_HYDRA_ADMIN_URL="$apps_admin" OAUTH2_HYDRA_PUBLIC_URL="$apps_public")
  hydra_env=(HYDRA_ADMIN_URL="$apps_admin" HYDRA_PUBLIC_URL="$apps_public")
fi

env "${kratos_oauth2[@]}" tests/kratos/render-config.sh "$work/kratos.yml"
kratos_config=(-c "$work/kratos.yml")
if [[ -n "${KRATOS_PROFILE:-}" ]]; then
  profile="tests/kratos/profiles/$KRATOS_PROFILE.yml"
  [[ -f "$profile" ]] || { echo "no Kratos profile $profile (see tests/kratos/profiles/)" >&2; exit 1; }
  kratos_config+=(-c "$profile")
fi

# A SQLite file in WAL mode that waits for locks, not the config's shared in-memory database:
# there, a read that meets a write fails at once ("database table is locked"), which made
# journeys flaky. No courier worker either: there is no mail server, mails stay queued and
# are read through the admin API (the "mailed codes" line below).
kratos_dsn="sqlite://$work/kratos.sqlite?_fk=true&mode=rwc&_journal_mode=WAL&_busy_timeout=15000&_txlock=immediate&retry_sleep=20ms&retry_limit=500"
DSN="$kratos_dsn" "$kratos_bin" migrate sql -e --yes "${kratos_config[@]}" >"$kratos_log" 2>&1 ||
  { echo "Kratos's database migration failed; last lines of $kratos_log:" >&2; tail -n 30 "$kratos_log" >&2; exit 1; }
DSN="$kratos_dsn" "$kratos_bin" serve "${kratos_config[@]}" --dev --sqa-opt-out >>"$kratos_log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$KRATOS_PUBLIC_PORT/health/ready" Kratos "$kratos_log" "${pids[-1]}"

ui_env=(env "${hydra_env[@]}"
  KRATOS_PUBLIC_URL="http://localhost:$KRATOS_PUBLIC_PORT"
  KRATOS_BROWSER_URL="http://localhost:$KRATOS_PUBLIC_PORT"
  KRATOS_ADMIN_URL="http://127.0.0.1:$KRATOS_ADMIN_PORT"
  PORT="$UI_PORT" BIND=127.0.0.1 PUBLIC_URL="$UI_URL"
  SOCIAL_SIGN_IN_ORIGINS="$social_origins"
  DEV_MODE="${DEV_MODE:-true}"
  COOKIE_SECRET="${COOKIE_SECRET:-dev-only-cookie-secret-change-me-0123456789abcdef0123456789}"
  RUST_LOG="${RUST_LOG:-info}")
if ((watch)); then
  # The watcher runs the UI and restarts it after each rebuild; its messages come here, the
  # UI's to the log, which each restart appends to (this run's only).
  : >"$ui_log"
  "${ui_env[@]}" UI_LOG="$ui_log" scripts/watch-ui.sh &
else
  "${ui_env[@]}" "$ui_bin" >"$ui_log" 2>&1 &
fi
pids+=($!)
wait_for "http://127.0.0.1:$UI_PORT/health/alive" "The UI" "$ui_log" "${pids[-1]}"

status="$(curl -sS --max-time 10 -o /dev/null -w '%{http_code}' -X POST \
  "http://127.0.0.1:$KRATOS_ADMIN_PORT/admin/identities" \
  -H 'Content-Type: application/json' \
  -d "{\"schema_id\":\"default\",\"traits\":{\"email\":\"$DEMO_EMAIL\",\"name\":\"Demo User\"},\"credentials\":{\"password\":{\"config\":{\"password\":\"$DEMO_PASSWORD\"}}}}")"
case "$status" in
  201 | 409) ;;
  *) echo "creating the demo identity failed with HTTP $status" >&2; exit 1 ;;
esac

cat <<INFO

  kratos-htmx-ui is running:  http://localhost:$UI_PORT/
  gallery of every state:     http://localhost:$UI_PORT/gallery  (?where=1 labels each part with its view)
  watch mode:                 $( ((watch)) && echo "on: saved changes rebuild and reload the page" || echo "off (scripts/dev.sh --watch)")
  demo account:               $DEMO_EMAIL / $DEMO_PASSWORD
  Kratos (public, admin):     http://localhost:$KRATOS_PUBLIC_PORT  http://127.0.0.1:$KRATOS_ADMIN_PORT
  social sign-in provider:    ${social_origins:-none (SOCIAL=1 runs one)}
  an app signing in with it:  ${app_url:-none (OAUTH2=1 runs Hydra and the demo app Acceptance Notes)}
  mailed codes and links:     curl 'http://127.0.0.1:$KRATOS_ADMIN_PORT/admin/courier/messages?recipient=$DEMO_EMAIL'
  logs:                       $ui_log  $kratos_log

  Press Ctrl-C to stop both.
INFO

# Wait until either process ends (or a signal arrives); the traps stop the other one.
# (`|| status=$?`: under set -e a failing child would otherwise end the script silently.)
status=0
wait -n "${pids[@]}" || status=$?
echo "a process ended unexpectedly (exit status $status); see $ui_log and $kratos_log" >&2
exit 1
