import { expect } from '@open-wc/testing';
import { forEachLine } from '../../src/scoring/lines.js';

async function* chunks(...parts: string[]): AsyncIterable<string> {
  for (const part of parts) yield part;
}

async function lines(...parts: string[]): Promise<[string, number][]> {
  const seen: [string, number][] = [];
  await forEachLine(chunks(...parts), (line, n) => seen.push([line, n]));
  return seen;
}

describe('scoring: forEachLine', () => {
  const cases: [string, string[], [string, number][]][] = [
    ['nothing', [], []],
    ['one line without a newline', ['{"a":1}'], [['{"a":1}', 1]]],
    ['a line split across chunks', ['{"a"', ':1}\n{"b"', ':2}\n'], [['{"a":1}', 1], ['{"b":2}', 2]]],
    ['CRLF endings and a blank line', ['x\r\n\r\ny\r\n'], [['x', 1], ['', 2], ['y', 3]]],
    ['a newline at a chunk boundary', ['x\n', 'y'], [['x', 1], ['y', 2]]],
  ];
  for (const [name, parts, expected] of cases) {
    it(name, async () => expect(await lines(...parts)).to.deep.equal(expected));
  }
});
