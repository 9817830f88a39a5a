import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define-report.js';
import type { SipasReport } from '../../src/components/sipas-report.js';
import { scoreResponses } from '../../src/scoring/index.js';
import { runCommand } from '../support/cli.js';
import { until } from '../support/delivery.js';
import { prototypeIds, prototypeIdsResponse } from '../support/prototype-ids.js';

/** Answers to the "constructor" questionnaire: the optional "constructor", the option "constructor", the cut value "constructor". */
const responses = [
  prototypeIdsResponse({ prototype: 3 }),
  prototypeIdsResponse({ constructor: 1, prototype: 1, why: ['constructor'], detail: 'Chờ lâu' }),
  prototypeIdsResponse({ constructor: 3, prototype: 2, why: ['constructor', 'prototype'] }),
];
const lines = responses.map((r) => JSON.stringify(r));
/** Lines whose answers hold keys named like Object.prototype's properties that no item has. */
const foreignKeys = [
  lines[0]!.replace('"answers":{', '"answers":{"__proto__":{"prototype":1},'),
  lines[0]!.replace('"answers":{', '"answers":{"toString":2,'),
  lines[0]!.replace('"answers":{', '"answers":{"hasOwnProperty":"x",'),
];

describe('sipas-score and <sipas-report> on ids named like Object.prototype properties', function () {
  // Each case starts a Node process: seconds on a busy machine.
  this.timeout(60_000);

  it('sipas-score counts them exactly, cut by an agency named "constructor", and refuses foreign keys for their reasons', async () => {
    const run = await runCommand('sipas-score', ['--definition', '{dir}/constructor.json', '--by', 'agencyName', '--format', 'json', '--min-n', '1', '--lang', 'en'], {
      files: { 'constructor.json': JSON.stringify(prototypeIds) },
      stdin: [...lines, ...foreignKeys].map((line) => `${line}\n`).join(''),
    });
    expect(run.code, run.stderr).to.equal(1);
    const reported = run.stderr.split('\n').filter((l) => l.startsWith('line '));
    expect(reported).to.deep.equal([
      'line 4: invalid-response: answers.__proto__ is a key named "__proto__", which is not allowed (no item has that id)',
      'line 5: answers-mismatch: answers["toString"] is not a question of constructor@1',
      'line 6: answers-mismatch: answers["hasOwnProperty"] is not a question of constructor@1',
    ]);
    const results = JSON.parse(run.stdout);
    expect([results.seen, results.accepted, results.rejected['invalid-response'], results.rejected['answers-mismatch']]).to.deep.equal([6, 3, 1, 2]);
    expect(results.groups).to.deep.equal(JSON.parse(JSON.stringify(scoreResponses(responses, [prototypeIds], { by: ['agencyName'] }, 1).groups)));
    const [group] = results.groups;
    expect(group.cut).to.deep.equal({ agencyName: 'constructor' });
    expect(group.elements[0].satisfaction).to.deep.equal({ value: (2 * 100) / 3, n: 3, lowN: false });
    expect(group.expectations.map((e: { option: string; share: { value: number } }) => [e.option, e.share.value])).to.deep.equal([
      ['constructor', 100],
      ['prototype', 50],
    ]);
  });

  it('<sipas-report> shows the same figures, and is accessible', async () => {
    const el = await fixture<SipasReport>(html`<sipas-report lang="vi" min-n="1" by="agencyName" .definitions=${[prototypeIds]} .responses=${[...responses, ...foreignKeys.map((line) => JSON.parse(line))]}></sipas-report>`);
    await until(() => el.currentResults !== undefined, 'the report computed its results');
    await el.updateComplete;
    const results = el.currentResults!;
    expect([results.seen, results.accepted, results.rejected['invalid-response'], results.rejected['answers-mismatch']]).to.deep.equal([6, 3, 1, 2]);
    expect(results.groups).to.deep.equal(scoreResponses(responses, [prototypeIds], { by: ['agencyName'] }, 1).groups);
    const rows = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent!.trim()).slice(0, 3));
    expect(rows).to.deep.include.members([
      ['Phục vụ: chỉ số hài lòng', '66,67', '3'],
      ['Thái độ', '100,00', '2'],
      ['Thời gian', '50,00', '2'],
    ]);
    await expect(el).to.be.accessible();
  });
});
