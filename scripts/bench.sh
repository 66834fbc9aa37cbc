#!/usr/bin/env bash
# Benchmark: the UI's settings page and htmx save against the raw Kratos calls they cost, in one
# run on this machine, with wrk (Debian). Starts its own Kratos (SQLite file in WAL mode, as in
# the tests) and a release build of the UI on ports 4493-4495, signs one identity in, and
# measures at concurrency 16 and 64:
#   - settings page (GET /settings?flow=, also at concurrency 1) ÷ raw flow fetch (GET /self-service/settings/flows?id=)
#     with the same flow and cookies: req/s ratio (limit 1.0: a page costs one Kratos call) and
#     the p50 latency the UI adds; then again at 16 and 64 with Kratos pinned to one CPU and
#     the UI and wrk to the other (taskset), so that the UI's CPU time is not Kratos's;
#   - htmx save (POST /settings?flow=, fragment) ÷ its two raw Kratos calls (submit + fetch),
#     one request at a time (saves are writes to Kratos's SQLite, one writer at a time);
#   - the UI's RSS before, during (every second) and after the load, and over a SOAK-second
#     run at concurrency 64 (flat or not);
#   - CPU time per page of the UI and of Kratos over the soak, and a CPU profile of the UI
#     under load (perf), by shared object and by symbol;
#   - bytes on the wire (as a browser asks, brotli and gzip, and uncompressed) for a settings
#     page, an htmx save and the first visit's assets, beside Ory's reference UI's settings page;
#     and the UI's CPU time per settings page, uncompressed, brotli and gzip (what compression
#     costs), with the pages-per-second ratio repeated with brotli at c=16.
# Figures are printed and written to .cache/bench/<time>.txt.
#
#   scripts/bench.sh              # DURATION=15 (seconds per measurement), SOAK=60, PROFILE=1
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

DURATION="${DURATION:-15}"
DURATION_TOTAL="$DURATION"
ROUNDS="${ROUNDS:-3}"
SOAK="${SOAK:-60}"
KRATOS_PUBLIC_PORT=4493
KRATOS_ADMIN_PORT=4494
UI_PORT=4495
kratos="http://localhost:$KRATOS_PUBLIC_PORT"
admin="http://127.0.0.1:$KRATOS_ADMIN_PORT"
ui="http://localhost:$UI_PORT"

command -v wrk >/dev/null || { sudo_cmd=""; [[ $(id -u) == 0 ]] || sudo_cmd=sudo; $sudo_cmd apt-get install -y wrk >&2; }
kratos_bin="$(tests/kratos/build.sh | tail -n1)"
[[ -f node_modules/htmx.org/dist/htmx.min.js ]] || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund >&2
cargo build --release --bin kratos-htmx-ui >&2

work="$(mktemp -d "${TMPDIR:-/tmp}/kratos-htmx-ui-bench.XXXXXX")"
pids=()
stop() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap stop EXIT

wait_for() { # URL
  for _ in $(seq 1 300); do
    curl -fsS --max-time 2 -o /dev/null "$1" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "not ready: $1" >&2
  return 1
}

UI_URL="$ui" KRATOS_PUBLIC_PORT=$KRATOS_PUBLIC_PORT KRATOS_ADMIN_PORT=$KRATOS_ADMIN_PORT \
  tests/kratos/render-config.sh "$work/kratos.yml"
export DSN="sqlite://$work/kratos.sqlite?_fk=true&mode=rwc&_journal_mode=WAL&_busy_timeout=15000&_txlock=immediate"
"$kratos_bin" migrate sql -e --yes -c "$work/kratos.yml" >"$work/kratos.log" 2>&1
# Kratos logs every request at info level; both sides are measured with it at warning.
LOG_LEVEL=warning "$kratos_bin" serve -c "$work/kratos.yml" --dev --sqa-opt-out >>"$work/kratos.log" 2>&1 &
kratos_pid=$!
pids+=($kratos_pid)
wait_for "$kratos/health/ready"

# wrk stands where the reverse proxy would, so it is a trusted proxy: its connections are kept
# alive (anyone else's carry one request each, see src/http/slow_clients.rs).
KRATOS_PUBLIC_URL="$kratos" PORT=$UI_PORT BIND=127.0.0.1 RUST_LOG=warn PUBLIC_URL="$ui" \
TRUSTED_PROXIES=127.0.0.1 \
COOKIE_SECRET="$(od -An -tx1 -N32 /dev/urandom | tr -d " \n")" \
  target/release/kratos-htmx-ui >"$work/ui.log" 2>&1 &
ui_pid=$!
pids+=($ui_pid)
wait_for "$ui/health/alive"

# One identity, signed in through Kratos's browser login flow (JSON), cookies in a jar.
email="bench-$$@example.com"
password="bench-password-$RANDOM-$RANDOM"
curl -fsS -o /dev/null -X POST "$admin/admin/identities" -H 'Content-Type: application/json' \
  -d "{\"schema_id\":\"default\",\"traits\":{\"email\":\"$email\",\"name\":\"Bench\"},\"credentials\":{\"password\":{\"config\":{\"password\":\"$password\"}}}}"
jar="$work/cookies.txt"
json() { node -e "let s='';process.stdin.on('data',d=>s+=d).on('end',()=>{const f=JSON.parse(s);console.log($1)})"; }
csrf_of='f.ui.nodes.find(n=>n.attributes.name==="csrf_token").attributes.value'
login="$(curl -fsS -c "$jar" -b "$jar" -H 'Accept: application/json' "$kratos/self-service/login/browser")"
login_id="$(json f.id <<<"$login")"
login_csrf="$(json "$csrf_of" <<<"$login")"
curl -fsS -o /dev/null -c "$jar" -b "$jar" -H 'Accept: application/json' -H 'Content-Type: application/json' \
  -d "{\"method\":\"password\",\"identifier\":\"$email\",\"password\":\"$password\",\"csrf_token\":\"$login_csrf\"}" \
  "$kratos/self-service/login?flow=$login_id"
settings="$(curl -fsS -c "$jar" -b "$jar" -H 'Accept: application/json' "$kratos/self-service/settings/browser")"
flow="$(json f.id <<<"$settings")"
csrf="$(json "$csrf_of" <<<"$settings")"
# (curl writes HttpOnly cookies as lines starting with "#HttpOnly_".)
cookie="$(awk '(/^#HttpOnly_/ || !/^#/) && NF>=7 {printf "%s%s=%s", sep, $6, $7; sep="; "}' "$jar")"
[[ -n "$flow" && "$cookie" == *ory_kratos_session* ]] || { echo "signing in failed (flow: ${flow:-none}, no session cookie)" >&2; exit 1; }

# What a browser of today sends with every request to the UI: its cookies, and where the
# request comes from (without Sec-Fetch-Site, the UI would make a form token for a text browser).
as_browser=(-H "Cookie: $cookie" -H "Sec-Fetch-Site: same-origin")

# wrk's scripts for the two POSTs (Lua, the way wrk takes a method, body and headers).
form="csrf_token=$(node -p 'encodeURIComponent(process.argv[1])' "$csrf")&traits.email=$(node -p 'encodeURIComponent(process.argv[1])' "$email")&traits.name=Bench&method=profile"
cat >"$work/ui-save.lua" <<LUA
wrk.method = "POST"
wrk.body = "$form"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["HX-Request"] = "true"
wrk.headers["Origin"] = "$ui"
wrk.headers["Sec-Fetch-Site"] = "same-origin"
wrk.headers["Cookie"] = "$cookie"
LUA
cat >"$work/kratos-submit.lua" <<LUA
wrk.method = "POST"
wrk.body = '{"csrf_token":"$csrf","method":"profile","traits":{"email":"$email","name":"Bench"}}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/json"
wrk.headers["Cookie"] = "$cookie"
LUA

wrk_on=() # a command prefix for wrk (taskset, in the pinned comparison)
rss_kib() { awk '/^VmRSS/ {print $2}' "/proc/$ui_pid/status"; }
# Runs wrk; prints "req/s p50_ms non2xx errors". Samples the UI's RSS meanwhile into $work/rss.
measure() { # connections url [wrk args...]
  local connections="$1" url="$2"
  shift 2
  (while sleep 1; do rss_kib >>"$work/rss"; done) &
  local sampler=$!
  local out
  out="$("${wrk_on[@]}" wrk -t"$(( connections < 4 ? connections : 4 ))" -c"$connections" -d"${DURATION}s" --latency "$@" "$url")"
  kill "$sampler" 2>/dev/null; wait "$sampler" 2>/dev/null || true
  local rps p50 non2xx errors
  rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
  p50="$(awk '$1=="50%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' <<<"$out")"
  non2xx="$(awk '/Non-2xx/ {print $NF}' <<<"$out")"
  errors="$(awk '/Socket errors/ {gsub(/,/,""); print $4+$6+$8+$10}' <<<"$out")"
  echo "$rps ${p50:-0} ${non2xx:-0} ${errors:-0}"
}

results="$root/.cache/bench/$(date -u +%Y%m%dT%H%M%SZ).txt"
mkdir -p "$(dirname "$results")"
say() { echo "$*" | tee -a "$results"; }
say "kratos-htmx-ui benchmark $(date -u +%FT%TZ) on $(nproc) CPUs, wrk, ${DURATION}s per measurement (pages: $ROUNDS alternating rounds), soak ${SOAK}s"
rss_start="$(rss_kib)"
: >"$work/rss"

# Bytes on the wire, as Chromium asks and uncompressed. curl's size_download counts the body as
# it came (compressed), without --compressed.
browser_encodings="gzip, deflate, br, zstd"
wire() { # accept-encoding url [curl args...]: "<body bytes> <content-encoding or ->"
  local accept="$1" url="$2"
  shift 2
  curl -fsS -o /dev/null -D "$work/headers" -w '%{size_download}' -H "Accept-Encoding: $accept" "$@" "$url"
  echo " $(awk -F': *' 'tolower($1)=="content-encoding" {gsub(/\r/,"",$2); v=$2} END {print v ? v : "-"}' "$work/headers")"
}
save_args=(-X POST "${as_browser[@]}" -H 'HX-Request: true' -H "Origin: $ui" -H 'Content-Type: application/x-www-form-urlencoded' --data "$form")
page_html="$(curl -fsS "${as_browser[@]}" "$ui/settings?flow=$flow")"
# The page and a save's fragment as measured, kept beside the figures.
printf '%s' "$page_html" >"${results%.txt}-settings.html"
curl -fsS "${save_args[@]}" "$ui/settings?flow=$flow" >"${results%.txt}-save-fragment.html"
assets=()
# (Each figure is taken into a variable first: a failing curl then stops the script, where a
# process substitution would hide it behind an empty figure.)
linked="$(grep -oE '(href|src)="[^"]*(/assets/|/kratos/webauthn\.js)[^"]*"' <<<"$page_html" | sed -E 's/^(href|src)="//; s/"$//; s/&amp;/\&/g')"
while read -r asset; do assets+=("$asset"); done <<<"$linked"
((${#assets[@]} >= 4)) || { echo "the settings page links ${#assets[@]} assets, expected at least 4" >&2; exit 1; }
for accept in "$browser_encodings" "gzip" "identity"; do
  figure="$(wire "$accept" "$ui/settings?flow=$flow" "${as_browser[@]}")"
  read -r page_wire page_coding <<<"$figure"
  figure="$(wire "$accept" "$ui/settings?flow=$flow" "${save_args[@]}")"
  read -r save_wire save_coding <<<"$figure"
  asset_total=0; asset_list=""
  for asset in "${assets[@]}"; do
    figure="$(wire "$accept" "$ui$asset")"
    read -r bytes coding <<<"$figure"
    asset_total=$((asset_total + bytes)); asset_list+=" ${asset##*/}:$bytes($coding)"
  done
  say "bytes on the wire, Accept-Encoding \"$accept\": settings page $page_wire ($page_coding; target <= 5120 compressed; Ory's reference UI 27271 uncompressed)," \
    "htmx save $save_wire ($save_coding; target <= 3072 compressed), first visit's assets $asset_total:$asset_list"
done

page_bytes="$(curl -fsS -o /dev/null -w '%{size_download}' "${as_browser[@]}" "$ui/settings?flow=$flow")"
fragment_bytes="$(curl -fsS -o /dev/null -w '%{size_download}' -X POST "${as_browser[@]}" -H 'HX-Request: true' -H "Origin: $ui" \
  -H 'Content-Type: application/x-www-form-urlencoded' --data "$form" "$ui/settings?flow=$flow")"

# Kratos's own speed drifts during a run (its SQLite file, the other core's load), so raw and
# UI take turns: ROUNDS rounds of DURATION/ROUNDS seconds each, requests/s averaged over the
# rounds and p50 the median of the rounds.
average() { awk '{s+=$1} END {printf "%.2f", s/NR}'; }
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ui_extra=() # more wrk arguments for the UI's side (Accept-Encoding)
compare_pages() { # label connections
  local label="$1" connections="$2"
  : >"$work/raw" ; : >"$work/ui"
  for ((round = 0; round < ROUNDS; round++)); do
    DURATION=$((DURATION_TOTAL / ROUNDS)) measure "$connections" "$kratos/self-service/settings/flows?id=$flow" \
      -H "Cookie: $cookie" -H 'Accept: application/json' >>"$work/raw"
    DURATION=$((DURATION_TOTAL / ROUNDS)) measure "$connections" "$ui/settings?flow=$flow" "${as_browser[@]}" "${ui_extra[@]}" >>"$work/ui"
  done
  local raw_rps ui_rps raw_p50 ui_p50 raw_bad ui_bad raw_err ui_err
  raw_rps="$(awk '{print $1}' "$work/raw" | average)"; ui_rps="$(awk '{print $1}' "$work/ui" | average)"
  raw_p50="$(awk '{print $2}' "$work/raw" | median)"; ui_p50="$(awk '{print $2}' "$work/ui" | median)"
  raw_bad="$(awk '{s+=$3} END {print s}' "$work/raw")"; ui_bad="$(awk '{s+=$3} END {print s}' "$work/ui")"
  raw_err="$(awk '{s+=$4} END {print s}' "$work/raw")"; ui_err="$(awk '{s+=$4} END {print s}' "$work/ui")"
  say "${label}c=$connections settings page: UI $ui_rps req/s (p50 $ui_p50 ms) / raw Kratos fetch $raw_rps req/s (p50 $raw_p50 ms)" \
    "= $(node -p "($ui_rps/$raw_rps).toFixed(3)") (target >= 0.90); UI adds $(node -p "($ui_p50-$raw_p50).toFixed(3)") ms at p50 (target <= 0.5);" \
    "non-2xx UI $ui_bad raw $raw_bad, socket errors UI $ui_err raw $raw_err"
}
for connections in 1 16 64; do compare_pages "" "$connections"; done
# As a browser asks: brotli (Kratos's JSON is uncompressed either way).
ui_extra=(-H "Accept-Encoding: $browser_encodings")
compare_pages "brotli " 16
ui_extra=()
# On a shared machine the UI's CPU time is taken from Kratos (the UI share printed after the
# soak), which lowers the ratio and, in a closed loop of N clients, raises every latency by the
# same proportion. Pinned, Kratos has one CPU to itself and the UI shares another with wrk, as with
# a UI on its own host or core: what remains is what the UI itself adds.
# The two CPUs are the first two this script may use (a cpuset may not start at CPU 0), and
# both processes get that whole list back afterwards.
allowed_cpus="$(awk '/^Cpus_allowed_list/ {print $2}' /proc/self/status)"
read -r ui_cpu kratos_cpu < <(tr ',' '\n' <<<"$allowed_cpus" \
  | awk -F- '{for (c = $1; c <= ($2 == "" ? $1 : $2); c++) print c}' | head -n2 | paste -sd' ')
if [[ -n "${kratos_cpu:-}" ]] && command -v taskset >/dev/null; then
  taskset -a -p -c "$kratos_cpu" "$kratos_pid" >/dev/null; taskset -a -p -c "$ui_cpu" "$ui_pid" >/dev/null
  wrk_on=(taskset -c "$ui_cpu")
  for connections in 16 64; do
    compare_pages "pinned (Kratos on CPU $kratos_cpu, UI and wrk on CPU $ui_cpu) " "$connections"
  done
  wrk_on=()
  for pid in "$kratos_pid" "$ui_pid"; do taskset -a -p -c "$allowed_cpus" "$pid" >/dev/null; done
fi
# Saves write to Kratos's SQLite, one writer at a time: the round trip is measured one request
# at a time (concurrency 1), where it means something.
read -r submit_rps submit_p50 submit_bad _ < <(measure 1 "$kratos/self-service/settings?flow=$flow" -s "$work/kratos-submit.lua")
read -r fetch_rps fetch_p50 _ _ < <(measure 1 "$kratos/self-service/settings/flows?id=$flow" \
  -H "Cookie: $cookie" -H 'Accept: application/json')
read -r save_rps save_p50 save_bad save_err < <(measure 1 "$ui/settings?flow=$flow" -s "$work/ui-save.lua")
say "c=1 htmx save: UI $save_rps req/s (p50 $save_p50 ms) vs raw submit $submit_rps req/s (p50 $submit_p50 ms) + raw fetch p50 $fetch_p50 ms:" \
  "p50 ratio $(node -p "($save_p50/($submit_p50+$fetch_p50)).toFixed(3)"), throughput ratio" \
  "$(node -p "($save_rps/(1/(1/$submit_rps+1/$fetch_rps))).toFixed(3)"); non-2xx UI $save_bad raw $submit_bad, socket errors UI $save_err"

# Memory over a long run: SOAK seconds (60 by default) of settings pages at concurrency 64,
# the UI's RSS sampled every second; flat means the last ten seconds peak no higher than the
# ten seconds after warm-up.
: >"$work/soak-rss"
(while sleep 1; do rss_kib >>"$work/soak-rss"; done) &
soak_sampler=$!
# CPU time (user + system, in clock ticks) of a process so far.
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ui_ticks_before="$(cpu_ticks "$ui_pid")"; kratos_ticks_before="$(cpu_ticks "$kratos_pid")"
soak_out="$(wrk -t4 -c64 -d"${SOAK}s" --latency "${as_browser[@]}" "$ui/settings?flow=$flow")"
kill "$soak_sampler" 2>/dev/null; wait "$soak_sampler" 2>/dev/null || true
ui_ticks="$(( $(cpu_ticks "$ui_pid") - ui_ticks_before ))"; kratos_ticks="$(( $(cpu_ticks "$kratos_pid") - kratos_ticks_before ))"
soak_requests="$(awk '/requests in/ {print $1}' <<<"$soak_out")"
tick_ms="$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN {print 1000 / hz}')"
soak_rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$soak_out")"
soak_bad="$(awk '/Non-2xx/ {print $NF}' <<<"$soak_out")"
soak_err="$(awk '/Socket errors/ {gsub(/,/,""); print $4+$6+$8+$10}' <<<"$soak_out")"
read -r soak_early soak_late < <(awk '{v[NR]=$1} END {for (i=6;i<=15&&i<=NR;i++) if (v[i]>e) e=v[i]; for (i=(NR>10?NR-9:1);i<=NR;i++) if (v[i]>l) l=v[i]; print e, l}' "$work/soak-rss")
say "c=64 for ${SOAK}s: UI $soak_rps req/s, non-2xx ${soak_bad:-0}, socket errors ${soak_err:-0};" \
  "RSS peak $(awk -v k="$soak_early" 'BEGIN {printf "%.1f", k/1024}') MiB in seconds 6-15," \
  "$(awk -v k="$soak_late" 'BEGIN {printf "%.1f", k/1024}') MiB in the last 10 s (target <= 20 MB, flat);" \
  "per second (MiB): $(awk '{printf "%.1f ", $1/1024}' "$work/soak-rss")"
say "CPU per settings page over the soak: UI $(awk -v t="$ui_ticks" -v ms="$tick_ms" -v n="$soak_requests" 'BEGIN {printf "%.3f", t*ms/n}') ms," \
  "Kratos $(awk -v t="$kratos_ticks" -v ms="$tick_ms" -v n="$soak_requests" 'BEGIN {printf "%.3f", t*ms/n}') ms" \
  "(UI share of the two: $(awk -v u="$ui_ticks" -v k="$kratos_ticks" 'BEGIN {printf "%.1f", 100*u/(u+k)}') %; on a machine whose CPUs" \
  "the UI shares with Kratos and wrk, that share is what the UI costs Kratos in throughput)"

# What compression costs: the UI's CPU time per settings page at c=16, each answer uncompressed,
# in brotli and in gzip (DURATION seconds each).
for accept in identity "$browser_encodings" gzip; do
  ticks_before="$(cpu_ticks "$ui_pid")"
  out="$(wrk -t4 -c16 -d"${DURATION}s" "${as_browser[@]}" -H "Accept-Encoding: $accept" "$ui/settings?flow=$flow")"
  requests="$(awk '/requests in/ {print $1}' <<<"$out")"
  say "CPU per settings page, Accept-Encoding \"$accept\": UI $(awk -v t="$(( $(cpu_ticks "$ui_pid") - ticks_before ))" -v ms="$tick_ms" -v n="$requests" 'BEGIN {printf "%.3f", t*ms/n}') ms" \
    "over $requests pages (target <= 0.35 ms compressed)"
done

# Where the UI's time goes: a CPU profile of the UI process (perf, when the kernel allows it)
# during 10 s of settings pages at concurrency 16 (in brotli, as browsers ask), by shared object
# and by symbol.
if [[ "${PROFILE:-1}" == 1 ]] && perf stat -e task-clock true >/dev/null 2>&1; then
  perf record -F 999 -g -o "$work/perf.data" -p "$ui_pid" -- sleep 10 >/dev/null 2>&1 &
  perf_pid=$!
  wrk -t4 -c16 -d10s "${as_browser[@]}" -H "Accept-Encoding: $browser_encodings" "$ui/settings?flow=$flow" >/dev/null
  wait "$perf_pid" || true
  say "profile of the UI process (perf, c=16, 10 s), share of CPU samples by object:"
  perf report -i "$work/perf.data" --stdio --no-children --sort dso 2>/dev/null \
    | awk '/^ +[0-9.]+%/ && ++n <= 8 {print "  " $0}' | tee -a "$results"
  say "  top symbols:"
  perf report -i "$work/perf.data" --stdio --no-children --sort sym -g none 2>/dev/null \
    | awk '/^ +[0-9.]+%/ && ++n <= 15 {print "  " $0}' | tee -a "$results"
fi

rss_end="$(rss_kib)"
read -r rss_min rss_max < <(sort -n "$work/rss" | awk 'NR==1 {min=$1} {max=$1} END {print min, max}')
mib() { awk -v k="$1" 'BEGIN {printf "%.1f", k / 1024}'; }
say "UI RSS: $(mib "$rss_start") MiB idle, $(mib "$rss_min")-$(mib "$rss_max") MiB under load ($(wc -l <"$work/rss") samples, 1/s), $(mib "$rss_end") MiB after (target <= 20 MB)"
say "bytes for one save: htmx fragment $fragment_bytes / full page $page_bytes = $(node -p "($fragment_bytes/$page_bytes).toFixed(3)")"
echo "written to $results"
