/**
 * Calls `onLine` for every line of a stream of text chunks (NDJSON), with its 1-based number; a final line without
 * a newline counts, "\r\n" endings are accepted. Lines are handed over synchronously within each chunk: a
 * per-line promise, as an async line iterator (node:readline) makes, costs more than scoring the line. Memory
 * holds one chunk and one partial line, whatever the size of the stream.
 */
export async function forEachLine(chunks: AsyncIterable<string>, onLine: (line: string, lineNumber: number) => void): Promise<number> {
  let lineNumber = 0;
  let rest = '';
  const emit = (line: string) => onLine(line.endsWith('\r') ? line.slice(0, -1) : line, ++lineNumber);
  for await (const chunk of chunks) {
    const text = rest + chunk;
    let start = 0;
    for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
      emit(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  if (rest !== '') emit(rest);
  return lineNumber;
}
