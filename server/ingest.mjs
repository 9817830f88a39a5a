// Reading NDJSON (one response a line) from a stream into the store: a batch POSTed to the receiver, or a file of
// responses imported at start. The stream is read as it arrives and stored in chunks, each chunk one INSERT, with a
// pause for other requests between chunks: memory holds one chunk and one line, whatever the size of the batch,
// and a large batch never keeps the server from answering others.
import { StoreUnavailableError } from './store.mjs';

export const LIMITS = {
  /** The longest line (one response) accepted; a real response is a few kilobytes. */
  lineBytes: 256 * 1024,
  /** The largest batch accepted in one request. */
  batchBytes: 50 * 1024 * 1024,
  /** Responses per INSERT. */
  chunkResponses: 500,
  /** Lines handled between two pauses that let other requests in. */
  linesPerTurn: 200,
  /** Rejected lines listed one by one in a summary; `rejectedCount` counts them all. */
  rejectedListed: 1000,
};

/** The stream went past `limits.batchBytes`. */
export class BatchTooLargeError extends Error {}

/**
 * The lines of a byte stream, in order: `{ number, text }`, or `{ number, tooLong: true }` for a line longer than
 * `lineBytes` (its bytes are skipped, not kept). A last line without a newline (a file cut short) is a line too.
 */
async function* lines(stream, { lineBytes, batchBytes }) {
  let parts = [];
  let size = 0;
  let tooLong = false;
  let total = 0;
  let number = 0;
  const line = () => {
    number += 1;
    const result = tooLong ? { number, tooLong } : { number, text: Buffer.concat(parts, size).toString('utf8') };
    parts = [];
    size = 0;
    tooLong = false;
    return result;
  };
  for await (const chunk of stream) {
    total += chunk.length;
    if (total > batchBytes) throw new BatchTooLargeError(`the batch is larger than ${batchBytes / 1024 / 1024} MiB`);
    for (let start = 0; start < chunk.length; ) {
      const newline = chunk.indexOf(10, start);
      const end = newline === -1 ? chunk.length : newline;
      if (!tooLong && size + end - start > lineBytes) {
        tooLong = true;
        parts = [];
        size = 0;
      }
      if (!tooLong) {
        parts.push(chunk.subarray(start, end));
        size += end - start;
      }
      if (newline === -1) break;
      yield line();
      start = newline + 1;
    }
  }
  if (size > 0 || tooLong) yield line();
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * Stores the valid responses of an NDJSON stream once each. `check(value)` answers `{ response }` (the response to
 * store) or `{ reason }`. Resolves to `{ accepted, duplicates, rejected: [{ line, reason }], rejectedCount }`; when
 * the store fails or the stream is too large it rejects with the error, whose `summary` says what was done until
 * then (stored chunks stay stored: sending the same batch again stores only what is missing).
 */
export async function ingestNdjson(stream, { store, check, limits = LIMITS }) {
  const summary = { accepted: 0, duplicates: 0, rejected: [], rejectedCount: 0 };
  let chunk = [];
  const reject = (line, reason) => {
    summary.rejectedCount += 1;
    if (summary.rejected.length < limits.rejectedListed) summary.rejected.push({ line, reason });
  };
  const flush = async () => {
    const stored = await store.insert(chunk);
    summary.accepted += stored.size;
    summary.duplicates += chunk.length - stored.size;
    chunk = [];
  };
  try {
    let sinceTurn = 0;
    for await (const line of lines(stream, limits)) {
      if (line.tooLong) {
        reject(line.number, `the line is longer than ${Math.round(limits.lineBytes / 1024)} KiB, more than any response`);
      } else {
        // A file saved by Windows Notepad starts with a byte-order mark; it is not part of the JSON.
        const text = line.number === 1 ? line.text.replace(/^\uFEFF/, '') : line.text;
        if (text.trim() !== '') {
          const value = parseJson(text);
          const { response, reason } = value === undefined ? { reason: 'not JSON (a line cut short, or not a response)' } : check(value);
          if (response) chunk.push(response);
          else reject(line.number, reason);
        }
      }
      if (chunk.length >= limits.chunkResponses) await flush();
      if (++sinceTurn >= limits.linesPerTurn) {
        sinceTurn = 0;
        await nextTurn();
      }
    }
    await flush();
  } catch (error) {
    const failure = error instanceof StoreUnavailableError || error instanceof BatchTooLargeError ? error : new Error(`the batch could not be read: ${error.message}`, { cause: error });
    failure.summary = summary;
    throw failure;
  }
  return summary;
}

function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
