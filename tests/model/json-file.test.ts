import { expect } from '@open-wc/testing';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { JSON_FILE_MAX_BYTES, locateJsonError, parseJsonFile } from '../../src/model/json-file.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const problem = (input: string | Uint8Array, maxBytes?: number) => {
  const result = parseJsonFile(typeof input === 'string' ? bytes(input) : input, maxBytes);
  return result.ok ? 'ok' : result.message;
};

describe('model: parseJsonFile, the one reading of a JSON file', () => {
  it('parses UTF-8 JSON, with or without a byte-order mark', () => {
    const text = JSON.stringify(sipas2017);
    expect(parseJsonFile(bytes(text))).to.deep.equal({ ok: true, value: JSON.parse(text) });
    expect(parseJsonFile(bytes(`\uFEFF${text}`))).to.deep.equal({ ok: true, value: JSON.parse(text) });
  });

  it('refuses a byte that is not UTF-8 and names its line', () => {
    const latin = new Uint8Array([...bytes('{\n"a": "'), 0xe0, ...bytes(' la"\n}')]);
    expect(problem(latin)).to.equal('is not UTF-8 text: line 2 has a byte that is not UTF-8 (the file was saved in another encoding); save it as UTF-8');
  });

  it('refuses more than the limit (300,000 bytes by default)', () => {
    expect(JSON_FILE_MAX_BYTES).to.equal(300_000);
    expect(problem('"12345678"', 10)).to.equal('ok');
    expect(problem('"123456789"', 10)).to.equal('is larger than 10 bytes; at most 10 are accepted');
  });

  const syntax: [name: string, text: string, located: string][] = [
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', "line 3, column 3: expected ',' or '}', found '\"'"],
    ['a comma before a closing brace', '{"a": 1,}', "line 1, column 9: expected a property name after the comma (no comma before '}'), found \"}\""],
    ['a comma before a closing bracket', '[1, 2,\n]', "line 2, column 1: expected a value after the comma (no comma before ']'), found \"]\""],
    ['single quotes', "{'a': 1}", 'line 1, column 2: expected a property name in double quotes, found "\'"'],
    ['a string never closed', '{"a": "abc', 'line 1, column 7: a string that is never closed'],
    ['a line break inside a string', '{"a": "ab\ncd"}', 'line 1, column 10: a control character (such as a line break or a tab) inside a string; write it as an escape (\\n, \\t)'],
    ['an unknown escape', '["a\\x"]', 'line 1, column 4: a backslash that starts no valid escape (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u and four hex digits)'],
    ['a leading zero', '[01]', "line 1, column 3: expected ',' or ']', found \"1\""],
    ['a missing colon', '{"a" 1}', 'line 1, column 6: expected \':\' after a property name, found "1"'],
    ['text after the value', '{}\n{}', 'line 2, column 1: expected nothing after the end of the JSON value, found "{"'],
    ['an empty file', '', 'line 1, column 1: the text ends before the JSON does (a missing bracket, brace or value)'],
    ['a file cut short', '{"a": [1, 2', 'line 1, column 12: the text ends before the JSON does (a missing bracket, brace or value)'],
    ['a comment', '{\n  // note\n}', 'line 2, column 3: expected a property name in double quotes, found "/"'],
    ['a word', '[True]', 'line 1, column 2: expected a value, found "T"'],
  ];
  for (const [name, text, located] of syntax) {
    it(`locates ${name}: "is not JSON: ${located}"`, () => expect(problem(text)).to.equal(`is not JSON: ${located}`));
  }

  it('counts columns after a byte-order mark and in Vietnamese text as an editor does', () => {
    expect(problem('\uFEFF{"tên": "Phú An" x}')).to.equal('is not JSON: line 1, column 18: expected \',\' or \'}\', found "x"');
  });

  it('agrees with JSON.parse on what is JSON', () => {
    const valid = [JSON.stringify(sipas2017, null, 2), '0', '-1.5e+10', '"\\u00e9\\n"', '[]', '{}', ' [ {"a": [null, true, false]} ] ', '"\u2028"', '[1e5, 0.5, -0]'];
    for (const text of valid) expect(locateJsonError(text), text).to.equal(undefined);
    const invalid = ['-', '1.', '.5', '+1', '[1,]', '{"a":}', '"\u0001"', 'nul', '[', ']', '{"a":1}}', '1 2', '"\\u12"', '[1e]', 'NaN'];
    for (const text of invalid) {
      expect(() => JSON.parse(text), text).to.throw();
      expect(locateJsonError(text), text).to.not.equal(undefined);
    }
  });
});
