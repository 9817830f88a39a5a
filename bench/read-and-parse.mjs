// The floor of scoring a file: read it in 1 MiB chunks, cut it into lines on newline bytes, decode each line as
// UTF-8 and JSON.parse it; nothing else. bench/scoring.mjs runs it as its own process, beside sipas-score on the
// same file, and compares their CPU time.
// Usage: node bench/read-and-parse.mjs FILE
import { createReadStream } from 'node:fs';

const NEWLINE = 0x0a;
let lines = 0;
let partial;
const parse = (bytes) => {
  JSON.parse(bytes.toString('utf8'));
  lines++;
};
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) {
  let start = 0;
  for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
    if (partial) {
      parse(Buffer.concat([partial, chunk.subarray(0, end)]));
      partial = undefined;
    } else if (end > start) parse(chunk.subarray(start, end));
    start = end + 1;
  }
  if (start < chunk.length) partial = partial ? Buffer.concat([partial, chunk.subarray(start)]) : Buffer.from(chunk.subarray(start));
}
if (partial) parse(partial);
process.stdout.write(`${lines}\n`);
