import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define-report.js';
import type { SipasReport } from '../../src/components/sipas-report.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { reportStringsFor } from '../../src/i18n/report.js';
import { groupRows, scoreResponses, type ScoreResults } from '../../src/scoring/index.js';
import { syntheticResponses } from '../../demo/synthetic.js';
import { scoreLines as cli } from '../support/cli.js';
import { until } from '../support/delivery.js';
import { response } from './support.js';

/** Waits until the report has computed (its questionnaires load on demand) and rendered the results. */
async function settleReport(el: SipasReport): Promise<SipasReport> {
  await until(() => el.currentResults !== undefined, 'the report computed its results');
  await el.updateComplete;
  return el;
}

async function reportFixture(responses: unknown[], lang = 'vi'): Promise<SipasReport> {
  return settleReport(await fixture<SipasReport>(html`<sipas-report lang=${lang} .responses=${responses}></sipas-report>`));
}

const sample = [...syntheticResponses({ definition: sipas2017, count: 600, seed: 42 })];
const lines = sample.map((r) => JSON.stringify(r));

describe('sipas-score command line', function () {
  // Each case starts a Node process: seconds on a busy machine.
  this.timeout(60_000);
  it('exit 0 and no stderr when every line counts; JSON equals the library to full precision', async () => {
    const run = await cli(lines, '--format', 'json');
    expect([run.code, run.stderr]).to.deep.equal([0, '']);
    expect(JSON.parse(run.stdout)).to.deep.equal(JSON.parse(JSON.stringify(scoreResponses(sample, [sipas2017]))));
  });

  it('reports bad lines by number and reason on stderr, exit 1, and still prints the results of the good ones', async () => {
    const unknown = JSON.stringify(response({}, { questionnaire: { id: 'sipas-2017', version: '0.9' } }));
    const input = [lines[0]!, 'oops', lines[1]!, '', '{"a":1}', unknown];
    const run = await cli(input, '--format', 'csv', '--lang', 'en');
    expect(run.code).to.equal(1);
    const reported = run.stderr.split('\n').filter((l) => l.startsWith('line ')).map((l) => l.split(':').slice(0, 2).join(':'));
    expect(reported).to.deep.equal(['line 2: not-json', 'line 5: invalid-response', 'line 6: unknown-questionnaire']);
    expect(run.stderr).to.contain('3 of 5 responses were not counted');
    // The byte-order mark first, so that a spreadsheet reads the Vietnamese labels as UTF-8.
    expect(run.stdout.split('\r\n')[0]).to.equal('\uFEFFquestionnaire,version,section,indicator,key,label,value_percent,n,low_n');
  });

  it('speaks Vietnamese by default: reasons, the summary, usage errors and the help', async () => {
    const bad = await cli([lines[0]!, 'oops'], '--format', 'json');
    expect(bad.stderr).to.equal('dòng 2: not-json: column 1: expected a value, found "o"\n1 trên 2 phiếu không được tính\n');
    const usage = await cli([], '--by', 'dossier');
    expect(usage.stderr).to.equal(
      'sipas-score: --by: "dossier" không phải là một cách chia; hãy dùng agencyCode, agencyName, procedureCode, procedureName, field, channel, desk, mode\nXem "sipas-score --help".\n',
    );
    expect((await cli([], '--help')).stdout).to.match(/^Cách dùng: sipas-score/);
  });

  const usage: [string[], RegExp][] = [
    [['--format', 'xml'], /--format/],
    [['--by', 'dossier'], /not a cut/],
    [['--period', 'week'], /--period/],
    [['--min-n', '-1'], /--min-n/],
    [['/no/such/file.ndjson'], /cannot read/],
    [['--definition', '/no/such/definition.json'], /--definition/],
  ];
  for (const [args, message] of usage) {
    it(`exit 2 on ${args.join(' ')}`, async () => {
      const run = await cli([], ...args, '--lang', 'en');
      expect(run.code).to.equal(2);
      expect(run.stderr).to.match(message);
    });
  }

  it('--by desk,mode cuts by the counter and by how the answer was collected; an old response counts as online', async () => {
    const rows = [
      response({ 'sat-overall': 5 }, { context: { desk: 'Quầy 3' }, collection: { mode: 'kiosk' } }),
      response({ 'sat-overall': 2 }, { context: { desk: 'Quầy 3' } }),
    ].map((r) => JSON.stringify(r));
    const run = await cli(rows, '--by', 'desk,mode', '--format', 'json', '--min-n', '1');
    expect(run.code).to.equal(0);
    expect(JSON.parse(run.stdout).groups.map((g: { cut: unknown; responses: number }) => [g.cut, g.responses])).to.deep.equal([
      [{ desk: 'Quầy 3', mode: 'kiosk' }, 1],
      [{ desk: 'Quầy 3', mode: 'online' }, 1],
    ]);
  });

  it('--help prints the usage and exits 0', async () => {
    const run = await cli([], '--help', '--lang', 'en');
    expect(run.code).to.equal(0);
    expect(run.stdout).to.contain('Usage: sipas-score');
  });
});

describe('<sipas-report>', () => {
  it('library, CLI (csv) and report show the same figures to the last digit, in both languages', async function () {
    this.timeout(60_000);
    const csv = (await cli(lines, '--format', 'csv', '--lang', 'en')).stdout.trim().split('\r\n').slice(1);
    const fromCli = csv.map((row) => row.split(',').slice(-3, -1).join(' '));
    for (const lang of ['vi', 'en']) {
      const el = await reportFixture(sample, lang);
      const strings = reportStringsFor(lang);
      const library = groupRows(scoreResponses(sample, [sipas2017]).groups[0]!, sipas2017, strings);
      const shown = [...el.shadowRoot!.querySelectorAll('tbody tr[data-indicator]')].map((tr) => `${tr.querySelector('.value')!.textContent} ${tr.querySelector('.n')!.textContent}`);
      expect(shown).to.deep.equal(library.map((row) => `${row.value} ${row.figure.n}`));
      expect(shown.map((s) => s.replace(',', '.'))).to.deep.equal(fromCli);
    }
  });

  it('renders from precomputed results, criteria weakest first, low n marked in words, axe-clean', async function () {
    // It starts the command line first: seconds on a busy machine.
    this.timeout(60_000);
    const results: ScoreResults = JSON.parse((await cli(lines.slice(0, 40), '--format', 'json', '--min-n', '30')).stdout);
    const el = await settleReport(await fixture<SipasReport>(html`<sipas-report lang="en" .results=${results}></sipas-report>`));
    const root = el.shadowRoot!;
    const criteria = [...root.querySelectorAll('table.criteria tbody tr .value')].map((td) => Number(td.textContent));
    expect(criteria).to.deep.equal([...criteria].sort((a, b) => a - b));
    const lowRows = root.querySelectorAll('tr.low-n');
    expect(lowRows.length).to.be.greaterThan(0);
    expect(lowRows[0]!.querySelector('.note')!.textContent).to.contain('not reliable');
    expect(root.querySelector('svg.chart')!.getAttribute('role')).to.equal('img');
    expect(root.querySelectorAll('svg.chart rect.bar')).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('follows the language of its nearest ancestor and is accessible in Vietnamese', async () => {
    const wrapper = Object.assign(document.createElement('div'), { lang: 'vi' });
    const el = document.createElement('sipas-report');
    el.responses = sample.slice(0, 100);
    wrapper.append(el);
    document.body.append(wrapper);
    try {
      await settleReport(el);
      expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal('Tổng hợp');
      // Provenance where officials look: how sure the wording is, and its source.
      expect(el.shadowRoot!.querySelector('[part=provenance]')!.textContent).to.equal(
        `Câu chữ của mẫu phiếu: biên soạn lại theo cấu trúc chính thức, có thể khác mẫu phiếu gốc. Nguồn: ${sipas2017.provenance.source}.`,
      );
      await expect(el).to.be.accessible();
    } finally {
      wrapper.remove();
    }
  });

  it('by="desk" gives a group per counter in its group selector; an unknown cut is said in words', async () => {
    const responses = ['Quầy 1', 'Quầy 2', 'Quầy 2'].map((desk) => response({ 'sat-overall': 4 }, { context: { desk }, collection: { mode: 'kiosk' } }));
    const el = await settleReport(await fixture<SipasReport>(html`<sipas-report lang="en" by="desk" .responses=${responses}></sipas-report>`));
    const options = [...el.shadowRoot!.querySelectorAll('select option')].map((o) => o.textContent);
    expect(options).to.have.length(2);
    expect(options[0]).to.contain('Desk: Quầy 1');
    expect(options[1]).to.contain('Desk: Quầy 2');
    await expect(el).to.be.accessible();
    el.by = 'mode,counter';
    await until(() => el.shadowRoot!.querySelector('[role=alert]') !== null, 'the report said what is wrong');
    expect(el.shadowRoot!.querySelector('[role=alert]')!.textContent).to.match(/"counter" is not a cut; use .*desk, mode/);
  });

  it('shows the no-data state and what was not counted', async () => {
    const el = await reportFixture(['not a response'], 'en');
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('There are no responses');
    expect(text).to.contain('Responses excluded').and.contain('1: not a valid response 1');
    await expect(el).to.be.accessible();
  });

  it('exports the chart as a standalone SVG and the table as CSV', async () => {
    const el = await reportFixture(sample.slice(0, 60), 'en');
    const downloads: { name: string; type: string; text: string }[] = [];
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const anchor = this;
      downloads.push({ name: anchor.download, type: '', text: anchor.href });
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.export-svg')!.click();
      el.shadowRoot!.querySelector<HTMLButtonElement>('.export-csv')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    expect(downloads.map((d) => d.name)).to.deep.equal(['sipas-report-elements.svg', 'sipas-report.csv']);
    const [svgText, csvText] = await Promise.all(downloads.map(async (d) => (await fetch(d.text)).text()));
    expect(svgText).to.match(/^<\?xml[^]*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svgText).to.match(/fill="rgb\(/);
    const exported = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const captions = [...exported.documentElement.children].filter((child) => child.localName === 'text').map((t) => t.textContent);
    expect(captions).to.deep.equal([reportStringsFor('en').chartTitle, '60 responses']);
    expect(csvText.replace(/^\uFEFF/, '').split('\r\n')[0]).to.equal('questionnaire,version,section,indicator,key,label,value_percent,n,low_n');
  });

  it('exports the chart as a PNG at twice its size, and says so when the page cannot make one', async () => {
    const el = await reportFixture(sample.slice(0, 60), 'en');
    const links: string[] = [];
    let file: Promise<Blob> | undefined;
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      links.push(this.download, this.href);
      // Read at once, as a browser's download would: the element revokes the URL right after the click.
      file = fetch(this.href).then((r) => r.blob());
    };
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.export-png')!;
    const problem = () => el.shadowRoot!.querySelector('.export-problem')!.textContent!.trim();
    try {
      button.click();
      await until(() => links.length === 2, 'the PNG download');
      const originalDecode = HTMLImageElement.prototype.decode;
      // What a Content-Security-Policy without data: images does: the image never decodes.
      HTMLImageElement.prototype.decode = () => Promise.reject(new DOMException('blocked', 'EncodingError'));
      try {
        button.click();
        await until(() => problem() !== '', 'the message that no PNG could be made');
      } finally {
        HTMLImageElement.prototype.decode = originalDecode;
      }
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(links[0]).to.equal('sipas-report-elements.png');
    const png = await file!;
    expect([...new Uint8Array(await png.slice(0, 4).arrayBuffer())]).to.deep.equal([0x89, 0x50, 0x4e, 0x47]);
    const bitmap = await createImageBitmap(png);
    const chart = el.shadowRoot!.querySelector<SVGSVGElement>('svg.chart')!;
    // Twice the chart, plus its two caption lines (52 units): the title and the group it shows.
    expect([bitmap.width, bitmap.height]).to.deep.equal([chart.viewBox.baseVal.width * 2, (chart.viewBox.baseVal.height + 52) * 2]);
    expect(problem()).to.contain('SVG instead');
    expect(links).to.have.length(2);
    await expect(el).to.be.accessible();
  });
});
