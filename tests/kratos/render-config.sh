#!/usr/bin/env bash
# Renders kratos.yml.template into $1 for the ports and timings given by the environment:
# KRATOS_PUBLIC_PORT (4433), KRATOS_ADMIN_PORT (4434), UI_URL (http://localhost:4455),
# SETTINGS_LIFESPAN (1h), LOGIN_LIFESPAN (1h), PRIVILEGED_SESSION_MAX_AGE (15m), ONE_STEP_REGISTRATION (false:
# Kratos's default two-step sign-up), and OIDC_METHOD_FILE (a file with
# the selfservice.methods.oidc block, for social sign-in; none by default), and
# OAUTH2_HYDRA_ADMIN_URL with OAUTH2_HYDRA_PUBLIC_URL (Hydra using this UI as its login, consent
# and logout app; none by default).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:?usage: render-config.sh OUT_FILE}"
# Escapes a value for the right-hand side of a sed s### command (a checkout path may hold & or #).
esc() { printf '%s' "$1" | sed -e 's/[\\#&]/\\&/g'; }
awk -v block="${OIDC_METHOD_FILE:-}" -v admin="${OAUTH2_HYDRA_ADMIN_URL:-}" \
  -v public="${OAUTH2_HYDRA_PUBLIC_URL:-}" '
  /^\{\{OIDC_METHOD\}\}$/ { if (block != "") { while ((getline line < block) > 0) print line }; next }
  /^\{\{OAUTH2_RETURN_URLS\}\}$/ { if (public != "") print "    - " public; next }
  /^\{\{OAUTH2_PROVIDER\}\}$/ { if (admin != "") { print "oauth2_provider:"; print "  url: " admin }; next }
  { print }
' "$here/kratos.yml.template" | sed \
  -e "s#{{PUBLIC_PORT}}#$(esc "${KRATOS_PUBLIC_PORT:-4433}")#g" \
  -e "s#{{ADMIN_PORT}}#$(esc "${KRATOS_ADMIN_PORT:-4434}")#g" \
  -e "s#{{UI_URL}}#$(esc "${UI_URL:-http://localhost:4455}")#g" \
  -e "s#{{SCHEMA_PATH}}#$(esc "$here/identity.schema.json")#g" \
  -e "s#{{SETTINGS_LIFESPAN}}#$(esc "${SETTINGS_LIFESPAN:-1h}")#g" \
  -e "s#{{LOGIN_LIFESPAN}}#$(esc "${LOGIN_LIFESPAN:-1h}")#g" \
  -e "s#{{PRIVILEGED_SESSION_MAX_AGE}}#$(esc "${PRIVILEGED_SESSION_MAX_AGE:-15m}")#g" \
  -e "s#{{ONE_STEP_REGISTRATION}}#$(esc "${ONE_STEP_REGISTRATION:-false}")#g" \
  >"$out"
