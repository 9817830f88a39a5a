const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * The longest line read (1 MiB): a response is a few kilobytes at most (its free texts are capped at 5,000
 * characters each), so a longer line is not one, and reading it whole would let one line take any amount of memory.
 */
export const MAX_LINE_BYTES = 1 << 20;

function join(pieces: readonly Uint8Array[], length: number): Uint8Array {
  const joined = new Uint8Array(length);
  let offset = 0;
  for (const piece of pieces) {
    joined.set(piece, offset);
    offset += piece.length;
  }
  return joined;
}

/**
 * Calls `onLine` for every line of a byte stream (NDJSON), as its bytes, with its 1-based number; a final line
 * without a newline counts, "\r\n" endings are accepted. Empty lines are numbered but not handed over: NDJSON has
 * nothing on them, and a file of newlines costs no more than reading it. A line longer than `maxLineBytes` is not
 * kept: `onLongLine` gets its length and number instead, so memory holds one chunk and at most `maxLineBytes` of a
 * line, whatever the input (even an endless one without newlines).
 *
 * The bytes are valid only during the call: score them with `Scorer.addBytes`, or decode them (`TextDecoder`).
 * Splitting bytes, not text, lets the scorer skip UTF-8 decoding for most lines; decoding whole chunks to one string
 * and splitting that cost as much as parsing the JSON (measured by bench/scoring.mjs). Lines are handed over
 * synchronously within each chunk, because a per-line promise (as node:readline makes) costs more than scoring the line.
 */
export async function forEachLine(
  chunks: AsyncIterable<Uint8Array>,
  onLine: (bytes: Uint8Array, lineNumber: number) => void,
  onLongLine: (byteLength: number, lineNumber: number) => void,
  maxLineBytes = MAX_LINE_BYTES,
): Promise<number> {
  let lineNumber = 0;
  /** The start of a line that continues in the next chunk, in copied pieces (joined once, when the line ends). */
  let pieces: Uint8Array[] = [];
  /** The bytes of that line so far, including those no longer kept once it is too long. */
  let partialLength = 0;
  const end = (bytes: Uint8Array | undefined, length: number) => {
    lineNumber++;
    if (length > maxLineBytes) onLongLine(length, lineNumber);
    else if (bytes && length > 0 && !(length === 1 && bytes[0] === CARRIAGE_RETURN)) {
      onLine(bytes[length - 1] === CARRIAGE_RETURN ? bytes.subarray(0, -1) : bytes, lineNumber);
    }
  };
  const endPartial = (last: Uint8Array) => {
    const length = partialLength + last.length;
    end(length > maxLineBytes ? undefined : join([...pieces, last], length), length);
    pieces = [];
    partialLength = 0;
  };
  for await (const chunk of chunks) {
    let start = 0;
    let newline = chunk.indexOf(NEWLINE);
    if (partialLength > 0 && newline !== -1) {
      endPartial(chunk.subarray(0, newline));
      start = newline + 1;
      newline = chunk.indexOf(NEWLINE, start);
    }
    while (newline !== -1) {
      // Runs of empty lines are counted here, without a call or a view per line.
      if (newline === start) {
        do lineNumber++;
        while (chunk[++start] === NEWLINE);
      } else {
        end(chunk.subarray(start, newline), newline - start);
        start = newline + 1;
      }
      newline = chunk.indexOf(NEWLINE, start);
    }
    if (start < chunk.length) {
      const rest = chunk.length - start;
      // A copy lets the chunk itself be collected (Node's Buffer#slice would not copy); past the limit only the length is kept.
      if (partialLength + rest <= maxLineBytes) pieces.push(new Uint8Array(chunk.subarray(start)));
      else pieces = [];
      partialLength += rest;
    }
  }
  if (partialLength > 0) endPartial(new Uint8Array());
  return lineNumber;
}
