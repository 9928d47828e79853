#!/usr/bin/env bash
# A search spread over workers on this machine against the same search in one process, at the same
# total concurrency: mcts from the seven seeds on the arithmetic benchmark, at most DESIGNS new
# designs, every sim call delayed by LATENCY ms; run in-process and then with 1, 2 and 3
# `metaforge worker` processes sharing CONCURRENCY task slots, each in a throwaway H2 archive.
# Prints wall time, calls per second (whole command and the search alone) and whether each search
# equals the in-process one (calls, tokens, winner).
#   bench/workers/run.sh [LATENCY=100] [CONCURRENCY=12] [DESIGNS=4]
# METAFORGE_COMMAND replaces the launcher (e.g. "java -cp CLASSPATH dev.metaforge.cli.Metaforge").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
latency="${1:-100}"
concurrency="${2:-12}"
designs="${3:-4}"
read -r -a metaforge <<< "${METAFORGE_COMMAND:-$root/metaforge}"
work="$(mktemp -d)"
pids=()
stop_workers() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=(); }
trap 'stop_workers; rm -rf "$work"' EXIT
search=(search --bench "$root/samples/bench/arith" --seeds "$root/samples/agents" --max-designs "$designs"
  --concurrency "$concurrency" --sim-latency "$latency" --json)
now() { date +%s%N; }
# the first (top-level) value of a field in the pretty-printed JSON
field() { sed -n "s/^  \"$1\" : \\([^,]*\\),\$/\\1/p" "$2" | head -1; }
same() { echo "$(field calls "$1") $(field tokens "$1") $(field winner "$1")"; }
row() { # label, whole-command ms, json
  printf '%-18s %8.1f s %9.0f calls/s %9.0f calls/s  %s\n' "$1" "$(echo "$2 / 1000" | bc -l)" \
    "$(echo "$(field calls "$3") * 1000 / $2" | bc -l)" "$(echo "$(field calls "$3") * 1000 / $(field millis "$3")" | bc -l)" "$4"
}

"${metaforge[@]}" check "$root/samples/agents/cot.agent.groovy" > /dev/null # builds first, untimed
start=$(now)
"${metaforge[@]}" "${search[@]}" --archive "$work/in-process" > "$work/in-process.json" 2> /dev/null
base_ms=$(( ($(now) - start) / 1000000 ))
echo "workers on loopback: a search of $designs designs, ${latency} ms per sim call, ${concurrency} tasks at once in all"
printf '%-18s %10s %17s %17s  %s\n' "EXECUTOR" "WALL" "WHOLE COMMAND" "SEARCH ALONE" "SAME AS IN-PROCESS"
row "in-process" "$base_ms" "$work/in-process.json" "($(field calls "$work/in-process.json") calls)"
for n in 1 2 3; do
  archive="$work/archive-$n"
  "${metaforge[@]}" archive --archive "$archive" runs > /dev/null 2>&1 || true
  for i in $(seq 1 "$n"); do
    "${metaforge[@]}" worker --archive "$archive" --concurrency $(( concurrency / n )) --sim-latency "$latency" \
      > "$work/worker-$n-$i.log" 2>&1 &
    pids+=($!)
  done
  for i in $(seq 1 "$n"); do
    until grep -q "worker listening" "$work/worker-$n-$i.log" 2>/dev/null; do sleep 0.2; done
  done
  start=$(now)
  "${metaforge[@]}" "${search[@]}" --executor workers --archive "$archive" > "$work/workers-$n.json" 2> /dev/null
  ms=$(( ($(now) - start) / 1000000 ))
  verdict=$([ "$(same "$work/workers-$n.json")" = "$(same "$work/in-process.json")" ] && echo yes \
    || echo "NO: $(same "$work/workers-$n.json") vs $(same "$work/in-process.json")")
  row "$n worker(s) x $(( concurrency / n ))" "$ms" "$work/workers-$n.json" "$verdict"
  stop_workers
done
