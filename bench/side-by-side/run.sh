#!/usr/bin/env bash
# metaforge eval beside the official openai npm client, both against one loopback server
# (server.mjs): CALLS chat completions with CONCURRENCY in flight and DELAY_MS per reply, the same
# request body from both. Prints calls per second for the whole command and for the evaluation
# (metaforge) or the client's loop (Node) alone, CPU per call, and metaforge's ratios to Node.
#   bench/side-by-side/run.sh [CALLS=3000] [CONCURRENCY=64] [DELAY_MS=50]
# METAFORGE_COMMAND replaces the launcher (e.g. "java -cp CLASSPATH dev.metaforge.cli.Metaforge").
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
calls="${1:-3000}"
concurrency="${2:-64}"
delay="${3:-50}"
for tool in node npm /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool is needed" >&2; exit 1; }
done
read -r -a metaforge <<< "${METAFORGE_COMMAND:-$root/metaforge}"
[ -d "$here/node_modules/openai" ] || (cd "$here" && npm install --no-audit --no-fund --silent)
work="$(mktemp -d)"
server=""
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
json() { node -e 'const v = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")); console.log(eval("v" + process.argv[2]))' "$@"; }

# the arithmetic questions again and again, each with its own id: one call per task with CoT
node -e 'const fs = require("fs"); const src = fs.readFileSync(process.argv[1], "utf8").trim().split("\n").map(JSON.parse);
  const out = []; for (let i = 0; i < Number(process.argv[3]); i++) out.push(JSON.stringify({ ...src[i % src.length], id: "t" + i }));
  fs.writeFileSync(process.argv[2], out.join("\n") + "\n");' "$root/samples/bench/arith.jsonl" "$work/tasks.jsonl" "$calls"

DUMP_FIRST_REQUEST="$work/body.json" DELAY_MS="$delay" node "$here/server.mjs" > "$work/port" &
server=$!
for _ in $(seq 1 100); do [ -s "$work/port" ] && break; sleep 0.1; done
export OPENAI_BASE_URL="http://127.0.0.1:$(cat "$work/port")/v1" OPENAI_API_KEY=local
"${metaforge[@]}" check "$root/samples/agents/cot.agent.groovy" > /dev/null # untimed: builds, records class data, keeps the script compiled

now() { date +%s%N; }
start=$(now)
/usr/bin/time -f "%U %S" -o "$work/metaforge.cpu" "${metaforge[@]}" eval "$root/samples/agents/cot.agent.groovy" \
  --tasks "$work/tasks.jsonl" --model openai:bench --concurrency "$concurrency" --cache off --json > "$work/metaforge.json" 2>/dev/null
metaforge_ms=$(( ($(now) - start) / 1000000 ))
start=$(now)
/usr/bin/time -f "%U %S" -o "$work/node.cpu" node "$here/client.mjs" "$OPENAI_BASE_URL" "$work/body.json" "$calls" \
  "$concurrency" > "$work/node.json"
node_ms=$(( ($(now) - start) / 1000000 ))

node - "$calls" "$concurrency" "$delay" "$metaforge_ms" "$(json "$work/metaforge.json" '.designs[0].millis')" \
  "$(json "$work/metaforge.json" '.designs[0].calls')" "$(cat "$work/metaforge.cpu")" "$node_ms" \
  "$(json "$work/node.json" '.millis')" "$(json "$work/node.json" '.calls')" "$(cat "$work/node.cpu")" <<'SUMMARY'
const [calls, conc, delay, mfWhole, mfLoop, mfCalls, mfCpu, nWhole, nLoop, nCalls, nCpu] = process.argv.slice(2);
const ideal = Math.ceil(calls / conc) * delay;
const rate = (ms) => calls / (ms / 1000);
const cell = (ms) => `${rate(ms).toFixed(0).padStart(5)} calls/s (${(100 * ideal / ms).toFixed(0).padStart(3)} %)`;
const cpu = (s) => (s.split(' ').map(Number).reduce((a, b) => a + b) * 1000 / calls).toFixed(2) + ' ms';
console.log(`side by side: ${calls} chat completions, ${conc} in flight, ${delay} ms per reply, loopback `
  + `(ideal ${(ideal / 1000).toFixed(2)} s, ${rate(ideal).toFixed(0)} calls/s)`);
console.log('                 whole command           evaluation / client loop   CPU per call (whole command)  calls');
console.log(`metaforge eval   ${cell(mfWhole)}   ${cell(mfLoop)}      ${cpu(mfCpu).padStart(9)}                     ${mfCalls}`);
console.log(`openai (Node)    ${cell(nWhole)}   ${cell(nLoop)}      ${cpu(nCpu).padStart(9)}                     ${nCalls}`);
console.log(`metaforge / openai: whole command ${(nWhole / mfWhole).toFixed(2)}x (target >= 0.9x), `
  + `evaluation ${(nLoop / mfLoop).toFixed(2)}x (target >= 1.0x)`);
SUMMARY
