#!/usr/bin/env bash
# Evaluation spread over workers on this machine against the same evaluation in one process, at the
# same total concurrency: CoT-SC on the 300 arithmetic tasks (1,500 sim calls), every call delayed
# by LATENCY ms, run in-process and then with 1, 2 and 3 `metaforge worker` processes sharing
# CONCURRENCY slots, all in a throwaway H2 archive. Prints wall time, calls per second and whether
# each evaluation equals the in-process one (score, calls, tokens).
#   bench/workers/run.sh [LATENCY=100] [CONCURRENCY=12]
# METAFORGE_COMMAND replaces the launcher (e.g. "java -cp CLASSPATH dev.metaforge.cli.Metaforge").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
latency="${1:-100}"
concurrency="${2:-12}"
read -r -a metaforge <<< "${METAFORGE_COMMAND:-$root/metaforge}"
work="$(mktemp -d)"
pids=()
stop_workers() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; pids=(); }
trap 'stop_workers; rm -rf "$work"' EXIT
eval_args=("$root/samples/agents/cot-sc.agent.groovy" --tasks "$root/samples/bench/arith.jsonl" --json --no-record
  --concurrency "$concurrency")
now() { date +%s%N; }
field() { sed -n "s/^ *\"$1\" : \\([^,]*\\),\$/\\1/p" "$2" | head -1; }

"${metaforge[@]}" check "$root/samples/agents/cot-sc.agent.groovy" > /dev/null # builds first, untimed
start=$(now)
"${metaforge[@]}" eval "${eval_args[@]}" --sim-latency "$latency" > "$work/in-process.json" 2> /dev/null
base_ms=$(( ($(now) - start) / 1000000 ))
base="$(field score "$work/in-process.json") $(field calls "$work/in-process.json") $(field tokens "$work/in-process.json")"
echo "workers on loopback: CoT-SC on 300 tasks, ${latency} ms per sim call, ${concurrency} tasks at once in all"
printf '%-22s %10s %12s %16s  %s\n' "EXECUTOR" "WALL" "CALLS/S" "EVALUATION ONLY" "SAME AS IN-PROCESS"
calls=$(field calls "$work/in-process.json")
printf '%-22s %8.1f s %12.0f %10.0f calls/s  %s\n' "in-process" "$(echo "$base_ms / 1000" | bc -l)" \
  "$(echo "$calls * 1000 / $base_ms" | bc -l)" "$(echo "$calls * 1000 / $(field millis "$work/in-process.json")" | bc -l)" "-"
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
  "${metaforge[@]}" eval "${eval_args[@]}" --executor workers --archive "$archive" > "$work/workers-$n.json" 2> /dev/null
  ms=$(( ($(now) - start) / 1000000 ))
  got="$(field score "$work/workers-$n.json") $(field calls "$work/workers-$n.json") $(field tokens "$work/workers-$n.json")"
  printf '%-22s %8.1f s %12.0f %10.0f calls/s  %s\n' "$n worker(s) x $(( concurrency / n ))" "$(echo "$ms / 1000" | bc -l)" \
    "$(echo "$calls * 1000 / $ms" | bc -l)" "$(echo "$calls * 1000 / $(field millis "$work/workers-$n.json")" | bc -l)" \
    "$([ "$got" = "$base" ] && echo yes || echo "NO: $got vs $base")"
  stop_workers
done
