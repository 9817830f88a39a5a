const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}

/**
 * Calls `onLine` for every line of a byte stream (NDJSON), as its bytes, with its 1-based number; a final line
 * without a newline counts, "\r\n" endings are accepted. The bytes are valid only during the call: score them with
 * `Scorer.addBytes`, or decode them (`TextDecoder`). Splitting bytes, not text, lets the scorer skip UTF-8 decoding
 * for most lines; decoding whole chunks to one string and splitting that cost as much as parsing the JSON (measured
 * by bench/scoring.mjs). Lines are handed over synchronously within each chunk, because a per-line promise (as
 * node:readline makes) costs more than scoring the line. Memory holds one chunk and one partial line, whatever
 * the size of the stream.
 */
export async function forEachLine(chunks: AsyncIterable<Uint8Array>, onLine: (bytes: Uint8Array, lineNumber: number) => void): Promise<number> {
  let lineNumber = 0;
  /** The start of a line that continues in the next chunk (copied, so that the chunk itself can be collected). */
  let partial: Uint8Array | undefined;
  const emit = (bytes: Uint8Array) => onLine(bytes[bytes.length - 1] === CARRIAGE_RETURN ? bytes.subarray(0, -1) : bytes, ++lineNumber);
  for await (const chunk of chunks) {
    let start = 0;
    let end = chunk.indexOf(NEWLINE);
    if (partial && end !== -1) {
      emit(concat(partial, chunk.subarray(0, end)));
      partial = undefined;
      start = end + 1;
      end = chunk.indexOf(NEWLINE, start);
    }
    for (; end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      emit(chunk.subarray(start, end));
      start = end + 1;
    }
    if (start < chunk.length) partial = partial ? concat(partial, chunk.subarray(start)) : chunk.slice(start);
  }
  if (partial) emit(partial);
  return lineNumber;
}
