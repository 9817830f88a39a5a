import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SipasReport } from '../../src/components/sipas-report.js';
import { until } from '../support/delivery.js';
import { readXlsx, rowsOf } from '../support/xlsx.js';
import { response } from '../scoring/support.js';

// <sipas-report> from the built CDN bundle, as a portal loads it: its Excel export loads ExcelJS from a chunk of its own.
const bundle = '/dist/sipas-report.min.js';
const { parseCrosswalk } = (await import(bundle)) as { parseCrosswalk: typeof import('../../src/scoring/recode.js').parseCrosswalk };

const answer = (agencyCode: string, submittedAt: string, overall: number, comment?: string) =>
  response({ 'sat-overall': overall, ...(comment ? { comment } : {}) }, { context: { agencyCode, channel: 'in-person' }, submittedAt });
const responses = [
  ...[5, 4, 2, 1].map((code) => answer('H29.210', '2025-03-10T02:00:00.000Z', code)),
  answer('H29.211', '2025-05-10T02:00:00.000Z', 5, 'Phải đi lại hai lần.'),
  ...[5, 4, 4, 3].map((code) => answer('H29.100', '2026-04-15T02:00:00.000Z', code)),
  answer('H29.100', '2026-05-02T02:00:00.000Z', 1, '=HYPERLINK("http://evil.example","Bấm")'),
];
const crosswalk = parseCrosswalk('H29.210,H29.100,UBND xã Phú An\nH29.211,H29.100,UBND xã Phú An\n');

async function report(): Promise<SipasReport> {
  const el = await fixture<SipasReport>(html`<sipas-report lang="vi" by="agencyCode" period="year" min-n="1" .crosswalk=${crosswalk} .responses=${responses}></sipas-report>`);
  await until(() => (el.currentResults?.groups.length ?? 0) > 0, 'the report computed its results');
  await el.updateComplete;
  return el;
}

describe('<sipas-report> from the built bundle: workbook, comments and keyboard', function () {
  this.timeout(60_000);

  it('the Excel button writes the report shown: facts, tables with the comparison, the trend and the comments', async () => {
    const el = await report();
    let file: Promise<Blob> | undefined;
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download === 'sipas-report.xlsx') file = fetch(this.href).then((r) => r.blob());
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.export-xlsx')!.click();
      await until(() => file !== undefined, 'the workbook download', 30_000);
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    const loaded = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    expect(loaded.some((path) => /^\/dist\/chunks\/report-exceljs/.test(path))).to.equal(true);
    const sheets = await readXlsx(new Uint8Array(await (await file!).arrayBuffer()));
    expect(sheets.map((s) => s.name)).to.deep.equal(['Thông tin báo cáo', 'Tổng hợp', 'Các yếu tố', 'Các tiêu chí', 'Mong đợi', 'Chỉ số SIPAS qua các kỳ', 'Ý kiến của người dân']);
    const about = rowsOf(sheets[0]!);
    expect(about[1]).to.deep.equal(['Cơ quan', 'UBND xã Phú An (H29.100)']);
    expect(about[2]).to.deep.equal(['Kỳ báo cáo', 'Năm 2026']);
    // 2026: 3 satisfied of 5 = 60 %; 2025 recoded: 3 of 5 = 60 %; no change.
    const overall = rowsOf(sheets[1]!).find((row) => row[0] === 'Tỷ lệ hài lòng chung (câu hỏi tổng thể)')!;
    expect(overall.slice(0, 6)).to.deep.equal(['Tỷ lệ hài lòng chung (câu hỏi tổng thể)', 60, 60, 0, 5, 5]);
    // A comment is text in the workbook, never a formula.
    const comments = rowsOf(sheets[6]!);
    expect(comments.at(-1)).to.deep.equal(['2026-05-02', 'Ý kiến khác (xin ghi cụ thể)', '=HYPERLINK("http://evil.example","Bấm")']);
  });

  it('shows the comments of the group and period with their question and day; axe-clean', async () => {
    const el = await report();
    const rows = [...el.shadowRoot!.querySelectorAll('.comments-table tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).to.deep.equal([['2026-05-02', 'Ý kiến khác (xin ghi cụ thể)', '=HYPERLINK("http://evil.example","Bấm")']]);
    await expect(el).to.be.accessible();
  });

  it('the period and the comparison are chosen with the keyboard alone', async () => {
    const el = await report();
    const root = el.shadowRoot!;
    // One agency (the merged commune): no group to choose, the period first.
    root.querySelector<HTMLSelectElement>('#period')!.focus();
    await sendKeys({ press: 'ArrowUp' });
    await until(() => root.querySelector('.facts')!.textContent!.includes('Năm 2025'), 'the year 2025 shown');
    await sendKeys({ press: 'ArrowDown' });
    await until(() => root.querySelector('.facts')!.textContent!.includes('Năm 2026'), 'the year 2026 shown again');
    await sendKeys({ press: 'Tab' });
    expect(root.activeElement?.id).to.equal('comparison');
    // The last choice (after "the period before" and 2025): no comparison; the tables lose their comparison columns.
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await until(() => root.querySelectorAll('table.summary th[scope=col]').length === 4, 'the tables without the comparison');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await until(() => root.querySelectorAll('table.summary th[scope=col]').length === 6, 'the comparison back');
    await expect(el).to.be.accessible();
  });
});
