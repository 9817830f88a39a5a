/*
 * The one reading of a JSON file (a questionnaire definition, local wording) from its bytes, shared by the widget's
 * loader (`src`, `overrides-src`) and the command-line tools, so that a file one accepts the others accept too.
 * Pure: the caller gets the bytes (fetch, a file, a stream), at most `maxBytes + 1` of them.
 */

/** A definition may hold 100,000 characters of JSON; Vietnamese letters take up to 3 bytes in UTF-8. */
export const JSON_FILE_MAX_BYTES = 300_000;

/** The parsed value, or what is wrong with the file, worded to follow its name: `"q.json" is not JSON: line 3, …`. */
export type JsonFileResult = { ok: true; value: unknown } | { ok: false; message: string };

/** What is said of a file over the limit, whether its bytes were counted here or by a reader that stopped early. */
export const tooLargeMessage = (maxBytes: number) => `is larger than ${maxBytes} bytes; at most ${maxBytes} are accepted`;

/** Line and column (from 1) of a position in a text, as an editor shows them. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

const describeChar = (char: string) => (char === '"' ? "'\"'" : JSON.stringify(char));
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

/** Where a string starting at `start` (a quote) ends, just past its closing quote, or what is wrong in it. */
function scanString(text: string, start: number): number | { offset: number; reason: string } {
  for (let i = start + 1; i < text.length; ) {
    const char = text[i]!;
    if (char === '"') return i + 1;
    if (char === '\\') {
      ESCAPE.lastIndex = i;
      if (!ESCAPE.test(text)) return { offset: i, reason: 'a backslash that starts no valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u and four hex digits)' };
      i = ESCAPE.lastIndex;
    } else if (char < ' ') return { offset: i, reason: 'a control character (such as a line break or a tab) inside a string; write it as an escape (\\n, \\t)' };
    else i++;
  }
  return { offset: start, reason: 'a string that is never closed' };
}

/**
 * Where and why a text that `JSON.parse` refused is not JSON (RFC 8259). Engines word their errors differently,
 * and V8 often gives no position at all ("… is not valid JSON"), so the text is scanned again (only after a
 * failure), without recursion. Returns undefined if it finds nothing wrong.
 */
export function locateJsonError(text: string): { offset: number; reason: string } | undefined {
  /** The closing bracket of each open object or array. */
  const open: ('}' | ']')[] = [];
  let expecting: 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'next' = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
    if (i === text.length) {
      return expecting === 'next' && open.length === 0 ? undefined : { offset: i, reason: 'the text ends before the JSON does (a missing bracket, brace or value)' };
    }
    const char = text[i]!;
    const fail = (reason: string) => ({ offset: i, reason: `${reason}, found ${describeChar(char)}` });
    if (expecting === 'next') {
      const close = open.at(-1);
      if (!close) return fail('expected nothing after the end of the JSON value');
      if (char === ',') expecting = close === '}' ? 'key' : 'value';
      else if (char === close) open.pop();
      else return fail(`expected ',' or '${close}'`);
      i++;
    } else if (expecting === 'colon') {
      if (char !== ':') return fail("expected ':' after a property name");
      expecting = 'value';
      i++;
    } else if (expecting === 'key' || expecting === 'first-key') {
      if (char === '}' && expecting === 'first-key') {
        open.pop();
        expecting = 'next';
        i++;
        continue;
      }
      if (char !== '"') return fail(expecting === 'key' && char === '}' ? "expected a property name after the comma (no comma before '}')" : 'expected a property name in double quotes');
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expecting = 'colon';
    } else if (char === ']' && expecting === 'first-value') {
      open.pop();
      expecting = 'next';
      i++;
    } else if (char === '{' || char === '[') {
      open.push(char === '{' ? '}' : ']');
      expecting = char === '{' ? 'first-key' : 'first-value';
      i++;
    } else if (char === '"') {
      const end = scanString(text, i);
      if (typeof end !== 'number') return end;
      i = end;
      expecting = 'next';
    } else {
      NUMBER.lastIndex = i;
      const literal = ['true', 'false', 'null'].find((word) => text.startsWith(word, i));
      if (literal) i += literal.length;
      else if (NUMBER.test(text)) i = NUMBER.lastIndex;
      else return fail(expecting === 'value' && char === ']' && open.at(-1) === ']' ? "expected a value after the comma (no comma before ']')" : 'expected a value');
      expecting = 'next';
    }
  }
}

/** About where the first byte that is not UTF-8 sits: the longest prefix that still decodes (a cut last character allowed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let valid = 0;
  let invalid = bytes.length;
  while (invalid - valid > 1) {
    const middle = Math.floor((valid + invalid) / 2);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      valid = middle;
    } catch {
      invalid = middle;
    }
  }
  return valid;
}

/**
 * Parses a JSON file from its bytes: UTF-8 only (a byte-order mark, as Windows Notepad writes, is allowed and
 * skipped), at most `maxBytes`, and located errors: the line and column of a syntax error, the line of a byte that
 * is not UTF-8.
 */
export function parseJsonFile(bytes: Uint8Array, maxBytes = JSON_FILE_MAX_BYTES): JsonFileResult {
  if (bytes.length > maxBytes) return { ok: false, message: tooLargeMessage(maxBytes) };
  let text: string;
  try {
    // ignoreBOM false (the default): a leading byte-order mark is dropped, not read as text.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const line = bytes.subarray(0, firstInvalidUtf8(bytes)).filter((byte) => byte === 0x0a).length + 1;
    return { ok: false, message: `is not UTF-8 text: line ${line} has a byte that is not UTF-8 (the file was saved in another encoding); save it as UTF-8` };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const located = locateJsonError(text);
    return { ok: false, message: located ? `is not JSON: ${lineAndColumn(text, located.offset)}: ${located.reason}` : `is not JSON: ${(error as Error).message}` };
  }
}
