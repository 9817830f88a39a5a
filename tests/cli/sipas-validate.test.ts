import { expect } from '@open-wc/testing';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { runCommand } from '../support/cli.js';

const text = JSON.stringify(sipas2017, null, 2);
const valid = `valid (${sipas2017.id} ${sipas2017.version}, 38 items)`;
const versionLine = `  "version": ${JSON.stringify(sipas2017.version)},`;
const encode = (value: string) => new TextEncoder().encode(value);
const validate = (files: Record<string, string | Uint8Array>, ...paths: string[]) => runCommand('sipas-validate', paths, { files });

describe('sipas-validate: reads a file as the widget does', function () {
  // Each case starts a Node process: seconds on a busy machine.
  this.timeout(60_000);
  it('accepts a shipped definition, with or without a UTF-8 byte-order mark', async () => {
    const run = await validate({ 'plain.json': text, 'bom.json': `\uFEFF${text}` }, '{dir}/plain.json', '{dir}/bom.json');
    expect([run.code, run.stderr]).to.deep.equal([0, '']);
    expect(run.stdout.trim().split('\n').map((l) => l.replace(/^.*\//, ''))).to.deep.equal([
      `plain.json: ${valid}`,
      `bom.json: ${valid}`,
    ]);
  });

  const refused: [string, string | Uint8Array, RegExp][] = [
    ['a byte that is not UTF-8 (a file saved as Windows-1258)', new Uint8Array([...encode(text.slice(0, 30)), 0xe0, 0x20, ...encode(text.slice(30))]), /\(file\) is not UTF-8 text: line 3 has a byte that is not UTF-8/],
    ['a "__proto__" key in a text object', text.replace('"title": {', '"title": {\n    "__proto__": "x",'), /title\.__proto__ is a key named "__proto__", which is not allowed/],
    ['a trailing comma, at its line and column', text.replace(versionLine, `${versionLine},`), new RegExp(`\\(file\\) is not JSON: line 4, column ${versionLine.length + 1}: expected a property name in double quotes`)],
    ['a file cut short', text.slice(0, 100), /\(file\) is not JSON: line 6, column \d+: /],
    ['more than 300,000 bytes', `"${'x'.repeat(300_000)}"`, /\(file\) is larger than 300000 bytes; at most 300000 are accepted/],
  ];
  for (const [name, content, message] of refused) {
    it(`refuses ${name} (exit 1)`, async () => {
      const run = await validate({ 'q.json': content }, '{dir}/q.json');
      expect(run.code, run.stdout + run.stderr).to.equal(1);
      expect(run.stdout).to.match(/q\.json: 1 problem\n/).and.match(message);
    });
  }

  const unreadable: [string, string, RegExp][] = [
    ['a folder', '{dir}', /cannot read .*: it is a folder, not a file/],
    ['an endless device', '/dev/zero', /cannot read \/dev\/zero: it is a device, not a file/],
    ['a missing file', '{dir}/none.json', /cannot read .*none\.json: ENOENT/],
  ];
  for (const [name, path, message] of unreadable) {
    it(`says ${name} is unreadable (exit 2)`, async () => {
      const run = await validate({}, path);
      expect(run.code, run.stdout + run.stderr).to.equal(2);
      expect(run.stderr).to.match(message);
    });
  }

  it('holds the size limit for standard input too, without reading it to the end', async () => {
    const run = await runCommand('sipas-validate', ['-'], { stdin: new Uint8Array(2_000_000).fill(0x20) });
    expect(run.code).to.equal(1);
    expect(run.stdout).to.match(/^\(standard input\): 1 problem\n {2}\(file\) is larger than 300000 bytes/);
  });

  it('lists schema problems and cross-check problems at once', async () => {
    const broken = JSON.parse(text);
    broken.sections[0].items[0].required = 'yes';
    broken.sections[1].items[0].id = broken.sections[0].items[1].id;
    const run = await validate({ 'q.json': JSON.stringify(broken) }, '{dir}/q.json');
    expect(run.code).to.equal(1);
    expect(run.stdout.replace(/^.*\//, '')).to.equal(
      `q.json: 2 problems\n  sections[0].items[0].required expected boolean\n  sections[1].items[0].id duplicates the item id "${broken.sections[0].items[1].id}"\n`,
    );
  });

  it('reads standard input as a file ("-")', async () => {
    const run = await runCommand('sipas-validate', ['-'], { stdin: `\uFEFF${text}` });
    expect([run.code, run.stdout]).to.deep.equal([0, `(standard input): ${valid}\n`]);
  });
});
