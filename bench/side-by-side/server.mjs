// An OpenAI-compatible chat endpoint on loopback: every request is answered after DELAY_MS with the
// same completion, over keep-alive connections. Prints its port; DUMP_FIRST_REQUEST names a file
// to keep the first request body in, so that the other client can send exactly the same one.
import http from 'node:http';
import fs from 'node:fs';

const delay = Number(process.env.DELAY_MS ?? 50);
const dump = process.env.DUMP_FIRST_REQUEST;
const reply = JSON.stringify({
  id: 'chatcmpl-bench', object: 'chat.completion', created: 0, model: 'bench',
  choices: [{ index: 0, message: { role: 'assistant', content: '{"thinking": "12 + 7 = 19", "answer": "19"}' },
    finish_reason: 'stop' }],
  usage: { prompt_tokens: 50, completion_tokens: 10, total_tokens: 60 },
});
let dumped = false;
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    if (dump && !dumped) {
      dumped = true;
      fs.writeFileSync(dump, Buffer.concat(chunks));
    }
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(reply) });
      res.end(reply);
    }, delay);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => console.log(server.address().port));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
