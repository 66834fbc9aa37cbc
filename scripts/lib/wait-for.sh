# Sourced, not run: `wait_for`, shared by scripts/dev.sh, scripts/watch-ui.sh and
# scripts/markup-loop.sh.

# Polls URL until it answers 2xx, for at most SECONDS (default 60); gives up at once when the
# process PID has already exited, e.g. on a bad config or a port in use, and then or on the
# timeout prints the last lines of LOG.
wait_for() { # URL what log pid [seconds]
  local url="$1" what="$2" log="$3" pid="$4" seconds="${5:-60}"
  local deadline=$((SECONDS + seconds))
  while ((SECONDS < deadline)); do
    if curl -fsS --max-time 2 -o /dev/null "$url" 2>/dev/null; then return 0; fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$what exited before it became ready at $url; last lines of $log:" >&2
      tail -n 30 "$log" >&2
      return 1
    fi
    sleep 0.05
  done
  echo "$what did not become ready at $url within $seconds s; last lines of $log:" >&2
  tail -n 30 "$log" >&2
  return 1
}
