import { expect } from '@open-wc/testing';
import { forEachLine } from '../../src/scoring/lines.js';

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

async function lines(...parts: (string | [string, number])[]): Promise<[string, number][]> {
  const seen: [string, number][] = [];
  const decoder = new TextDecoder();
  await forEachLine(chunks(...parts), (bytes, n) => seen.push([decoder.decode(bytes), n]));
  return seen;
}

describe('scoring: forEachLine', () => {
  const cases: [string, (string | [string, number])[], [string, number][]][] = [
    ['nothing', [], []],
    ['one line without a newline', ['{"a":1}'], [['{"a":1}', 1]]],
    ['a line split across chunks', ['{"a"', ':1}\n{"b"', ':2}\n'], [['{"a":1}', 1], ['{"b":2}', 2]]],
    ['a line across three chunks', ['{"a"', ':', '1}\n'], [['{"a":1}', 1]]],
    ['CRLF endings and a blank line', ['x\r\n\r\ny\r\n'], [['x', 1], ['', 2], ['y', 3]]],
    ['CRLF split between chunks', ['x\r', '\ny'], [['x', 1], ['y', 2]]],
    ['a newline at a chunk boundary', ['x\n', 'y'], [['x', 1], ['y', 2]]],
    // "â" is two bytes in UTF-8 and "ầ" three: cut in the middle, each must still decode whole.
    ['a character cut between chunks', [['{"n":"Tân"}\n', 8], ['{"n":"Bầu"}', 9]], [['{"n":"Tân"}', 1], ['{"n":"Bầu"}', 2]]],
  ];
  for (const [name, parts, expected] of cases) {
    it(name, async () => expect(await lines(...parts)).to.deep.equal(expected));
  }

  it('hands over the bytes as they are: decoding, and what to do with invalid UTF-8, is the reader\'s', async () => {
    async function* bytes(): AsyncIterable<Uint8Array> {
      yield new Uint8Array([0x61, 0xff, 0x62, 0x0a, 0x63]);
    }
    const seen: number[][] = [];
    expect(await forEachLine(bytes(), (line) => seen.push([...line]))).to.equal(2);
    expect(seen).to.deep.equal([[0x61, 0xff, 0x62], [0x63]]);
  });
});
