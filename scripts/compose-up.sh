#!/usr/bin/env bash
# Runs the compose demo (compose.yaml): on the first run it writes .env beside compose.yaml with
# fresh random secrets (the UI's cookie, Kratos's cookie and cipher secrets, PostgreSQL's
# password), readable by you only; later runs keep them, so sessions and data survive. Any
# arguments go to `docker compose up` (default: --build).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# n random bytes as 2n hex digits.
random_hex() { od -An -tx1 -N"$1" /dev/urandom | tr -d ' \n'; }

umask 077
touch .env
chmod 600 .env
for pair in COOKIE_SECRET=32 KRATOS_SECRET=32 KRATOS_CIPHER_SECRET=16 POSTGRES_PASSWORD=24; do
  name="${pair%%=*}"
  if ! grep -q "^$name=" .env; then
    # A database made before (with another password) would refuse a new one.
    if [[ $name == POSTGRES_PASSWORD ]] && docker volume inspect kratos-htmx-ui_postgres-data >/dev/null 2>&1; then
      echo "compose-up: the volume kratos-htmx-ui_postgres-data was made with another password;" >&2
      echo "compose-up: put that password in .env as POSTGRES_PASSWORD, or remove the volume" >&2
      echo "compose-up: (docker compose down -v: its accounts go too)" >&2
      exit 1
    fi
    echo "$name=$(random_hex "${pair#*=}")" >>.env
    echo "compose-up: generated $name in .env"
  fi
done

if (($# == 0)); then
  set -- --build
fi
exec docker compose up "$@"
