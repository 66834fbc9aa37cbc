#!/usr/bin/env bash
# Fuzzes the model parser (and the views that draw what it parses) and the outcome map for a
# short while, side by side, with libFuzzer through `cargo fuzz`:
#
#   scripts/fuzz.sh [seconds-per-target]     (default 30)
#
# Needs Rust nightly (installed with rustup when missing) and a C++ compiler (libFuzzer is C++;
# installed from Debian when missing). cargo-fuzz itself is installed, pinned, under
# .cache/cargo-fuzz/. The targets live in fuzz/ (their checks in fuzz/src/lib.rs); the corpus
# (fuzz/corpus/, not committed) is seeded on every run from the JSON fixtures under
# tests/fixtures/ and from the inputs kept in tests/fuzz-regressions/.
#
# A crash (or a hang, or memory over the limit) is copied into tests/fuzz-regressions/<target>/,
# where `cargo test --test fuzz_regressions` replays it on stable Rust, and the script fails
# after running every target. Commit the input together with the fix.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

seconds="${1:-30}"
if [[ ! "$seconds" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: scripts/fuzz.sh [seconds-per-target]" >&2
  exit 2
fi
cargo_fuzz_version=0.13.2
targets=(model outcome)
# The outcome target reads its first two bytes as the status (fuzz/src/lib.rs,
# status_and_body): each fixture is seeded once behind each of these statuses.
seed_statuses=(200 400 403 410)
rss_limit_mb=1024

fail() {
  echo "FAILED: $*" >&2
  exit 1
}

echo "==> Rust nightly"
command -v rustup >/dev/null 2>&1 || fail "rustup is needed to get Rust nightly for cargo fuzz"
if ! rustup run nightly rustc --version >/dev/null 2>&1; then
  echo "    not installed: rustup toolchain install nightly --profile minimal"
  rustup toolchain install nightly --profile minimal ||
    fail "cannot install Rust nightly, which cargo fuzz needs (-Z sanitizer flags)"
fi
rustup run nightly rustc --version

echo "==> C++ compiler (libfuzzer-sys builds libFuzzer from C++)"
if ! command -v "${CXX:-c++}" >/dev/null 2>&1; then
  echo "    none found: apt-get install g++"
  sudo_cmd=()
  [[ "$(id -u)" == 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq g++ ||
    fail "cannot install a C++ compiler for libFuzzer"
fi
"${CXX:-c++}" --version | head -n1

echo "==> cargo-fuzz $cargo_fuzz_version"
fuzz_root="$root/.cache/cargo-fuzz/$cargo_fuzz_version"
if [[ ! -x "$fuzz_root/bin/cargo-fuzz" ]]; then
  cargo install --locked --quiet --root "$fuzz_root" "cargo-fuzz@$cargo_fuzz_version" ||
    fail "cannot install cargo-fuzz $cargo_fuzz_version"
fi
export PATH="$fuzz_root/bin:$PATH"
# One build for every target: debug assertions and overflow checks on (a wrapped integer
# is a bug, and `cargo test` would panic on it), no sanitizer (the code under test is safe
# Rust; AddressSanitizer would halve the executions for nothing to find).
fuzz_flags=(--fuzz-dir fuzz --debug-assertions --sanitizer none)

echo "==> cargo fuzz build"
# fuzz/Cargo.lock pins every crate; cargo fuzz has no --locked, so check the lock first.
cargo +nightly fetch --locked --quiet --manifest-path fuzz/Cargo.toml ||
  fail "fuzz/Cargo.lock is not up to date with fuzz/Cargo.toml and Cargo.toml"
cargo +nightly fuzz build "${fuzz_flags[@]}"

# Seeds the corpus of one target: the captured Kratos payloads and every input kept as a
# regression.
seed() { # target
  local target="$1" corpus="fuzz/corpus/$1" kept="tests/fuzz-regressions/$1"
  local fixtures=(tests/fixtures/gallery/*.json tests/fixtures/gallery/hydra/*.json tests/fixtures/kratos-v26/*.json)
  mkdir -p "$corpus" "$kept"
  if [[ "$target" == outcome ]]; then
    local status number prefix file
    for status in "${seed_statuses[@]}"; do
      number=$((status - 100))
      prefix="$(printf '\\x%02x\\x%02x' $((number >> 8)) $((number & 255)))"
      for file in "${fixtures[@]}"; do
        { printf "$prefix"; cat "$file"; } >"$corpus/seed-$status-$(basename "$file")"
      done
    done
  else
    cp "${fixtures[@]}" "$corpus/"
  fi
  find "$kept" -maxdepth 1 -type f ! -name README.md -exec cp {} "$corpus/" \;
}

# The targets run side by side (libFuzzer uses one core each), each into its own log.
pids=()
for target in "${targets[@]}"; do
  seed "$target"
  rm -rf "fuzz/artifacts/$target"
  mkdir -p "fuzz/artifacts/$target"
  echo "==> cargo fuzz run $target for ${seconds}s ($(find "fuzz/corpus/$target" -type f | wc -l) inputs in fuzz/corpus/$target)"
  cargo +nightly fuzz run "${fuzz_flags[@]}" "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb="$rss_limit_mb" -timeout=10 \
    -dict=fuzz/kratos.dict -print_final_stats=1 >"fuzz/artifacts/$target.log" 2>&1 &
  pids+=($!)
done

findings=()
for i in "${!targets[@]}"; do
  target="${targets[$i]}"
  log="fuzz/artifacts/$target.log"
  kept="tests/fuzz-regressions/$target"
  status=0
  wait "${pids[$i]}" || status=$?
  echo "==> $target:"
  grep -E '^(Done [0-9]+ runs|stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb))' "$log" |
    sed 's/^/    /' || true
  found=()
  for file in "fuzz/artifacts/$target"/*; do
    [[ -f "$file" ]] && found+=("$file")
  done
  if ((status == 0 && ${#found[@]} == 0)); then
    continue
  fi
  echo
  echo "!!! $target: libFuzzer exited with status $status; the end of $log:"
  tail -n 60 "$log"
  ((${#found[@]} > 0)) || findings+=("$target: failed without an input to keep (see $log)")
  for file in "${found[@]}"; do
    cp "$file" "$kept/"
    findings+=("$target: kept $kept/$(basename "$file")")
    # CI's clone is thrown away: the log is where the input survives (base64, when small).
    if (($(stat -c %s "$file") <= 4096)); then
      echo "    $(basename "$file") as base64: $(base64 -w0 "$file")"
    fi
  done
done

if ((${#findings[@]} > 0)); then
  echo
  echo "FAILED: the fuzzers found inputs our code does not survive:"
  printf '  %s\n' "${findings[@]}"
  echo "Each is kept under tests/fuzz-regressions/ and replayed by"
  echo "'cargo test --test fuzz_regressions'; reproduce one with"
  echo "'cargo +nightly fuzz run ${fuzz_flags[*]} <target> <file>'. Fix the code and commit"
  echo "the input with the fix."
  exit 1
fi
echo "==> no finding in ${#targets[@]} targets × ${seconds}s"
