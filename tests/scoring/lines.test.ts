import { expect } from '@open-wc/testing';
import { forEachLine, MAX_LINE_BYTES } from '../../src/scoring/lines.js';

/** The stream as chunks of bytes; a number cuts the previous text's bytes at that offset (inside a character too). */
async function* chunks(...parts: (string | [string, number])[]): AsyncIterable<Uint8Array> {
  const encoder = new TextEncoder();
  for (const part of parts) {
    if (typeof part === 'string') yield encoder.encode(part);
    else {
      const bytes = encoder.encode(part[0]);
      yield bytes.subarray(0, part[1]);
      yield bytes.subarray(part[1]);
    }
  }
}

/** The lines handed over, and the lines too long to keep, as [text or byte length, line number]. */
async function lines(parts: (string | [string, number])[], maxLineBytes?: number): Promise<[string | number, number][]> {
  const seen: [string | number, number][] = [];
  const decoder = new TextDecoder();
  await forEachLine(chunks(...parts), (bytes, n) => seen.push([decoder.decode(bytes), n]), (length, n) => seen.push([length, n]), maxLineBytes);
  return seen;
}

describe('scoring: forEachLine', () => {
  const cases: [string, (string | [string, number])[], [string, number][]][] = [
    ['nothing', [], []],
    ['one line without a newline', ['{"a":1}'], [['{"a":1}', 1]]],
    ['a line split across chunks', ['{"a"', ':1}\n{"b"', ':2}\n'], [['{"a":1}', 1], ['{"b":2}', 2]]],
    ['a line across three chunks', ['{"a"', ':', '1}\n'], [['{"a":1}', 1]]],
    ['CRLF endings; empty lines are numbered, not handed over', ['x\r\n\r\ny\r\n\n\nz'], [['x', 1], ['y', 3], ['z', 6]]],
    ['empty lines across chunks', ['x\n\n', '\n', '\ny\n', '\r', '\n\nz'], [['x', 1], ['y', 5], ['z', 8]]],
    ['a line of blanks is handed over (whether it counts is the reader\'s)', ['  \t\n'], [['  \t', 1]]],
    ['CRLF split between chunks', ['x\r', '\ny'], [['x', 1], ['y', 2]]],
    ['a newline at a chunk boundary', ['x\n', 'y'], [['x', 1], ['y', 2]]],
    // "â" is two bytes in UTF-8 and "ầ" three: cut in the middle, each must still decode whole.
    ['a character cut between chunks', [['{"n":"Tân"}\n', 8], ['{"n":"Bầu"}', 9]], [['{"n":"Tân"}', 1], ['{"n":"Bầu"}', 2]]],
  ];
  for (const [name, parts, expected] of cases) {
    it(name, async () => expect(await lines(parts)).to.deep.equal(expected));
  }

  it('returns the number of lines, empty ones included', async () => {
    expect(await forEachLine(chunks('a\n\n\nb\n\n'), () => {}, () => {})).to.equal(5);
  });

  it('hands over the bytes as they are: decoding, and what to do with invalid UTF-8, is the reader\'s', async () => {
    async function* bytes(): AsyncIterable<Uint8Array> {
      yield new Uint8Array([0x61, 0xff, 0x62, 0x0a, 0x63]);
    }
    const seen: number[][] = [];
    expect(await forEachLine(bytes(), (line) => seen.push([...line]), () => {})).to.equal(2);
    expect(seen).to.deep.equal([[0x61, 0xff, 0x62], [0x63]]);
  });

  it('a line longer than the limit is reported by its length, within a chunk or across chunks, and the next lines keep their numbers', async () => {
    expect(await lines(['12345\nabc\n123456\nx'], 5)).to.deep.equal([['12345', 1], ['abc', 2], [6, 3], ['x', 4]]);
    expect(await lines(['ab', 'cd', 'ef', 'gh\nx', 'y\n'], 5)).to.deep.equal([[8, 1], ['xy', 2]]);
    // Exactly at the limit across chunks is kept; a final line without a newline is measured too.
    expect(await lines(['ab', 'cde\n', '1234', '56'], 5)).to.deep.equal([['abcde', 1], [6, 2]]);
    expect(MAX_LINE_BYTES).to.equal(1024 * 1024);
  });

  it('keeps at most the limit of an endless line: pieces past it are not held, and a line is joined once', async () => {
    let held = 0;
    let pulled = 0;
    async function* endless(): AsyncIterable<Uint8Array> {
      // 10,000 chunks of 1 KiB without a newline (an endless device, cut short), then one newline.
      for (; pulled < 10_000; pulled++) yield new Uint8Array(1024).fill(0x30);
      yield new Uint8Array([0x0a, 0x31]);
    }
    const seen: (string | number)[] = [];
    const original = Uint8Array.prototype.set;
    // Every copy into a joined line goes through set(); a quadratic join would copy the pieces again and again.
    Uint8Array.prototype.set = function (this: Uint8Array, ...args: Parameters<Uint8Array['set']>) {
      held += (args[0] as ArrayLike<number>).length;
      return original.apply(this, args);
    };
    try {
      await forEachLine(endless(), (bytes) => seen.push(new TextDecoder().decode(bytes)), (length) => seen.push(length), 4096);
      expect(seen).to.deep.equal([10_000 * 1024, '1']);
      // Only the last line ("1", left in a piece by the final chunk) was joined.
      expect(held, 'bytes copied to join lines').to.equal(1);
      held = 0;
      const long = Array.from({ length: 1000 }, () => 'x'.repeat(1000));
      await forEachLine(chunks(...long, '\n'), () => {}, () => {}, 2_000_000);
      expect(held, 'bytes copied to join a line of 1,000 pieces').to.equal(1_000_000);
    } finally {
      Uint8Array.prototype.set = original;
    }
  });
});
