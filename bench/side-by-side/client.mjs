// The official openai client sending CALLS chat completions, CONCURRENCY in flight, each with the
// request body metaforge sent first. Prints one JSON line: its own loop's time and CPU per call.
import OpenAI from 'openai';
import fs from 'node:fs';

const [, , baseURL, bodyFile, callsArg, concurrencyArg] = process.argv;
const body = JSON.parse(fs.readFileSync(bodyFile, 'utf8'));
const calls = Number(callsArg ?? 3000);
const concurrency = Number(concurrencyArg ?? 64);
const client = new OpenAI({ baseURL, apiKey: 'local', maxRetries: 0 });

let started = 0;
let answered = 0;
async function lane() {
  while (started < calls) {
    started++;
    const completion = await client.chat.completions.create(body);
    if (completion.choices[0].message.content) answered++;
  }
}
const cpu0 = process.cpuUsage();
const t0 = performance.now();
await Promise.all(Array.from({ length: concurrency }, lane));
const millis = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
console.log(JSON.stringify({ calls: answered, concurrency, millis: Math.round(millis),
  cpuMicrosPerCall: Math.round((cpu.user + cpu.system) / calls) }));
