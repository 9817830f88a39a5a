import { expect } from '@open-wc/testing';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import type { Answers, ServiceContext } from '../../src/schema/response.js';
import type { ScoreResults } from '../../src/scoring/index.js';
import { runCommand, scoreLines } from '../support/cli.js';
import { response } from '../scoring/support.js';

const line = (answers: Answers = { 'c1.1': 5 }, context: ServiceContext = { agencyCode: '25.721' }) => JSON.stringify(response(answers, { context }));
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('sipas-score: what it writes is safe to show', function () {
  // Each case starts a Node process: seconds on a busy machine.
  this.timeout(60_000);
  const hostile = line({ 'c1.1': 5 }, { agencyCode: '25.721', agencyName: 'Phường\u001b[2J\u001b]0;x\u0007 1\n| a |' });
  const garbage = '\u001b[31mnot json\u001b[0m';

  const shown: [format: string, value: string][] = [
    ['table', 'Phường[2J]0;x 1 | a |'],
    ['md', 'Phường\\[2J\\]0;x 1 \\| a \\|'],
  ];
  for (const [format, value] of shown) {
    it(`--format ${format}: no control character from a value reaches standard output or standard error`, async () => {
      const run = await scoreLines([hostile, garbage], '--format', format, '--by', 'agencyName', '--lang', 'en');
      expect(run.code).to.equal(1);
      expect(run.stdout).to.contain(value);
      expect(run.stdout).to.not.match(CONTROL);
      expect(run.stderr).to.match(/^line 2: not-json: column 1: expected a value/m);
      expect(run.stderr).to.not.match(CONTROL);
    });
  }

  it('--format csv: a formula-leading value is neutralised', async () => {
    const run = await scoreLines([line({ 'c1.1': 5 }, { agencyCode: '25.721', agencyName: '=1+1' })], '--format', 'csv', '--by', 'agencyName');
    expect(run.stdout.split('\r\n')[1]).to.match(/^sipas-2017,[^,]+,"'=1\+1",/);
  });
});

describe('sipas-score: an output that cannot be written is an error (exit 2), never a silent success', function () {
  // Each case starts a Node process: seconds on a busy machine.
  this.timeout(60_000);
  const input = { stdin: `${line()}\n` };
  const cases: [string, string[], string | undefined, RegExp][] = [
    ['--out in a folder that does not exist', ['--out', '{dir}/missing/report.csv'], undefined, /cannot write .*missing\/report\.csv: ENOENT/],
    ['--out naming a folder', ['--out', '{dir}'], undefined, /cannot write .*: EISDIR/],
    ['--out on a full disk (/dev/full)', ['--out', '/dev/full'], undefined, /cannot write \/dev\/full \(it may be incomplete\): ENOSPC/],
    ['standard output on a full disk', [], '/dev/full', /cannot write to standard output: ENOSPC/],
  ];
  for (const [name, args, stdout, message] of cases) {
    it(name, async () => {
      const run = await runCommand('sipas-score', ['--format', 'csv', ...args], { ...input, stdout });
      expect(run.code, run.stderr).to.equal(2);
      expect(run.stderr).to.match(message);
      expect(run.files).to.deep.equal({});
    });
  }

  it('--out writes the same text as standard output would', async () => {
    const [toFile, toStdout] = await Promise.all([
      runCommand('sipas-score', ['--format', 'csv', '--out', '{dir}/report.csv'], input),
      runCommand('sipas-score', ['--format', 'csv'], input),
    ]);
    expect([toFile.code, toFile.stdout, toFile.stderr]).to.deep.equal([0, '', '']);
    expect(toStdout.stdout).to.match(/^\uFEFFquestionnaire,/);
    // TextDecoder drops the byte-order mark, so it is checked as bytes.
    expect([...toFile.files['report.csv']!.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    expect(decode(toFile.files['report.csv']!)).to.equal(toStdout.stdout.slice(1));
  });
});

describe('sipas-score: every kind of line', function () {
  // Each case starts a Node process: seconds on a busy machine.
  this.timeout(60_000);
  it('blank lines (empty, spaces, CRLF) are skipped, not counted as bad', async () => {
    const run = await runCommand('sipas-score', ['--format', 'json'], { stdin: `\n\n${line()}\r\n  \t \r\n\r\n${line()}\n\n` });
    expect([run.code, run.stderr]).to.deep.equal([0, '']);
    const results = JSON.parse(run.stdout) as ScoreResults;
    expect([results.seen, results.accepted]).to.deep.equal([2, 2]);
  });

  it('a line longer than 1 MiB is counted as too long, and the lines after it keep their numbers', async () => {
    const long = `{"padding":"${'x'.repeat(1024 * 1024)}"}`;
    const run = await runCommand('sipas-score', ['--format', 'json', '--lang', 'en'], { stdin: [line(), long, line(), 'oops'].join('\n') });
    expect(run.code).to.equal(1);
    expect(run.stderr.split('\n').filter((l) => l.startsWith('line '))).to.deep.equal([
      `line 2: line-too-long: is ${long.length} bytes long; lines longer than 1048576 bytes are not read`,
      "line 4: not-json: column 1: expected a value, found \"o\"",
    ]);
    const results = JSON.parse(run.stdout) as ScoreResults;
    expect([results.seen, results.accepted, results.rejected['line-too-long'], results.rejected['not-json']]).to.deep.equal([4, 2, 1, 1]);
  });

  it('the help states the longest line read', async () => {
    expect((await runCommand('sipas-score', ['--help', '--lang', 'en'])).stdout).to.contain('longer than 1048576 bytes (1 MiB) is not read');
  });
});

describe('sipas-score --definition: read as the widget and sipas-validate read it', function () {
  // Each case starts a Node process: seconds on a busy machine.
  this.timeout(60_000);
  const custom = { ...sipas2017, id: 'xa-phu-an', version: '1' };
  const text = JSON.stringify(custom, null, 2);
  const responses = `${JSON.stringify(response({ 'c1.1': 5 }, { questionnaire: { id: 'xa-phu-an', version: '1' } }))}\n`;

  it('a UTF-8 file with a byte-order mark (as Windows Notepad saves it) is accepted', async () => {
    const run = await runCommand('sipas-score', ['--format', 'json', '--definition', '{dir}/q.json'], { files: { 'q.json': `\uFEFF${text}` }, stdin: responses });
    expect([run.code, run.stderr]).to.deep.equal([0, '']);
    expect((JSON.parse(run.stdout) as ScoreResults).groups[0]!.questionnaire).to.deep.equal({ id: 'xa-phu-an', version: '1' });
  });

  const refused: [string, Record<string, string | Uint8Array>, string, RegExp][] = [
    ['a byte that is not UTF-8', { 'q.json': new Uint8Array([...new TextEncoder().encode(text.slice(0, 40)), 0xe0, 0x22, ...new TextEncoder().encode(text.slice(40))]) }, '{dir}/q.json', /q\.json is not UTF-8 text: line 3/],
    ['a "__proto__" key in a text object', { 'q.json': text.replace('"title": {', '"title": {\n    "__proto__": "x",') }, '{dir}/q.json', /title\.__proto__ is a key named "__proto__", which is not allowed/],
    ['a JSON syntax error', { 'q.json': text.replace('"version": "1",', '"version": "1"') }, '{dir}/q.json', /q\.json is not JSON: line 5, column 3: expected ',' or '}', found '"'/],
    ['a folder', {}, '{dir}', /cannot read .*: it is a folder, not a file/],
    ['an endless device', {}, '/dev/zero', /cannot read \/dev\/zero: it is a device, not a file/],
  ];
  for (const [name, files, path, message] of refused) {
    it(`${name} is refused (exit 2)`, async () => {
      const run = await runCommand('sipas-score', ['--definition', path], { files, stdin: responses });
      expect(run.code, run.stderr).to.equal(2);
      expect(run.stderr).to.match(message);
    });
  }
});
