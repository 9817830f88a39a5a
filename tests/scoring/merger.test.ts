import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define-report.js';
import type { SipasReport } from '../../src/components/sipas-report.js';
import { parseCrosswalk } from '../../src/scoring/index.js';
import { runCommand } from '../support/cli.js';
import { readXlsx, rowsOf } from '../support/xlsx.js';
import { until } from '../support/delivery.js';
import { response } from './support.js';

/*
 * Two years and a merger. Until 1 July 2025 three communes (H29.210, H29.211, H29.212) answered under their own
 * codes; in 2026 the commune they were merged into answers as H29.100. The figures are worked out here by hand from
 * the answers, not with the library.
 */
const in2025 = '2025-03-10T02:00:00.000Z';
const in2026 = '2026-04-15T02:00:00.000Z';
const answer = (agencyCode: string, submittedAt: string, overall: number) => response({ 'sat-overall': overall }, { context: { agencyCode, channel: 'in-person' }, submittedAt });
const responses = [
  // Overall satisfaction (4–5 counts as satisfied): H29.210 2 of 4, H29.211 2 of 3, H29.212 1 of 1.
  ...[5, 4, 2, 1].map((code) => answer('H29.210', in2025, code)),
  ...[5, 5, 3].map((code) => answer('H29.211', in2025, code)),
  answer('H29.212', in2025, 4),
  // A ward that was not merged: 0 of 2 in 2025, 2 of 2 in 2026.
  ...[1, 2].map((code) => answer('H29.101', in2025, code)),
  ...[5, 5].map((code) => answer('H29.101', in2026, code)),
  // The new commune in 2026: 3 of 5.
  ...[5, 4, 4, 3, 1].map((code) => answer('H29.100', in2026, code)),
];
const crosswalkCsv = '\uFEFFmã cũ,mã mới,tên mới\r\nH29.210,H29.100,UBND xã Phú An\r\nH29.211,H29.100,UBND xã Phú An\r\n"H29.212","H29.100","UBND xã Phú An"\r\n';
// By hand: 2025 as the new commune = (2 + 2 + 1) satisfied of (4 + 3 + 1) = 5 / 8 = 62.5 %; 2026 = 3 / 5 = 60 %;
// the change is 60 − 62.5 = −2.5 points. (The mean of the three communes' shares would be 72.22 %: never that.)
const expected = { current: '60,00', previous: '62,50', change: '−2,50', n: '5', previousN: '8' };

describe('two years and a merger, scored with a crosswalk', function () {
  // The command line starts a Node process: seconds on a busy machine.
  this.timeout(60_000);

  it('sipas-score --recode adds the former communes up and compares the years, in Vietnamese words', async () => {
    const run = await runCommand('sipas-score', ['--recode', 'agencyCode={dir}/crosswalk.csv', '--period', 'year', '--compare', 'previous', '--format', 'md', '--min-n', '6'], {
      stdin: responses.map((r) => `${JSON.stringify(r)}\n`).join(''),
      files: { 'crosswalk.csv': crosswalkCsv },
    });
    expect([run.code, run.stderr]).to.deep.equal([0, '']);
    const lines = run.stdout.split('\n');
    expect(lines).to.include('## Cơ quan: UBND xã Phú An (H29.100) · So sánh Năm 2026 với Năm 2025');
    // n = 5 is below --min-n 6: the figure, and so its change, is marked as not reliable.
    expect(lines).to.include(`| Tỷ lệ hài lòng chung (câu hỏi tổng thể) | ${expected.current} | ${expected.previous} | ${expected.change} | ${expected.n} | ${expected.previousN} | n \\< 6, chưa đủ tin cậy |`);
    // With a minimum of 5 the figures are reliable: no note.
    const reliable = await runCommand('sipas-score', ['--recode', 'agencyCode={dir}/crosswalk.csv', '--period', 'year', '--compare', 'previous', '--format', 'md', '--min-n', '5'], {
      stdin: responses.map((r) => `${JSON.stringify(r)}\n`).join(''),
      files: { 'crosswalk.csv': crosswalkCsv },
    });
    expect(reliable.stdout.split('\n')).to.include(`| Tỷ lệ hài lòng chung (câu hỏi tổng thể) | ${expected.current} | ${expected.previous} | ${expected.change} | ${expected.n} | ${expected.previousN} |  |`);
    // The ward was not merged: 0 of 2, then 2 of 2.
    expect(lines).to.include('## Cơ quan: H29.101 · So sánh Năm 2026 với Năm 2025');
    expect(lines).to.include('| Tỷ lệ hài lòng chung (câu hỏi tổng thể) | 100,00 | 0,00 | +100,00 | 2 | 2 | n \\< 6, chưa đủ tin cậy |');
  });

  it('sipas-score --format xlsx writes a workbook another reader finds the same figures in, as numbers, with the facts on top', async () => {
    const run = await runCommand('sipas-score', ['--recode', 'agencyCode={dir}/crosswalk.csv', '--period', 'year', '--compare', 'previous', '--format', 'xlsx', '--out', '{dir}/report.xlsx', '--min-n', '6'], {
      stdin: responses.map((r) => `${JSON.stringify(r)}\n`).join(''),
      files: { 'crosswalk.csv': crosswalkCsv },
    });
    expect([run.code, run.stderr]).to.deep.equal([0, '']);
    const sheets = await readXlsx(run.files['report.xlsx']!);
    expect(sheets.map((sheet) => sheet.name)).to.deep.equal(['Thông tin báo cáo', 'Tổng hợp', 'Các yếu tố', 'Các tiêu chí', 'Mong đợi']);
    const summary = rowsOf(sheets[1]!);
    // The header facts on top of every table's sheet.
    expect(summary[0]).to.deep.equal(['Chỉ số hài lòng về sự phục vụ hành chính']);
    expect(summary.slice(1, 3)).to.deep.equal([['Số phiếu được tính', '17'], ['Số phiếu bị loại', 'không có']]);
    expect(summary.find((row) => row[0] === 'Cơ quan: UBND xã Phú An (H29.100) · So sánh Năm 2026 với Năm 2025')).to.not.equal(undefined);
    // The merged commune's overall row: 60 % now, 62.5 % before, −2.5 points, n 5 and 8, as numbers.
    const overall = summary.find((row) => row[0] === 'Tỷ lệ hài lòng chung (câu hỏi tổng thể)')!;
    expect(overall).to.deep.equal(['Tỷ lệ hài lòng chung (câu hỏi tổng thể)', 60, 62.5, -2.5, 5, 8, 'n < 6, chưa đủ tin cậy']);
    expect(rowsOf(sheets[0]!).flat()).to.include('Các chỉ số được tính theo phương pháp đã công bố của thư viện sipas-survey (tỷ lệ câu trả lời hài lòng và rất hài lòng trên số câu trả lời hợp lệ); đây không phải chỉ số SIPAS chính thức do Bộ Nội vụ công bố.');
  });

  it('without the crosswalk the former communes stay apart, and there is nothing to compare the new commune with', async () => {
    const run = await runCommand('sipas-score', ['--by', 'agencyCode', '--period', 'year', '--compare', '2025', '--format', 'md', '--min-n', '1'], {
      stdin: responses.map((r) => `${JSON.stringify(r)}\n`).join(''),
    });
    expect(run.stdout).to.contain('## Cơ quan: H29.100 · So sánh Năm 2026 với Năm 2025\n\nKhông có phiếu nào của Năm 2025 để so sánh.');
  });

  it('a crosswalk that maps an old code twice, or has no new code, is refused with its line', async () => {
    expect(() => parseCrosswalk('H29.210,H29.100\nH29.210,H29.999\n')).to.throw('line 2: H29.210 is already recoded to H29.100, not also to H29.999');
    expect(() => parseCrosswalk('old,new,name\nH29.210,,UBND\n')).to.throw('line 2: give the old code and the new code');
    const run = await runCommand('sipas-score', ['--recode', 'agencyCode={dir}/crosswalk.csv'], { stdin: '', files: { 'crosswalk.csv': 'H29.210\n' } });
    expect(run.code).to.equal(2);
    expect(run.stderr).to.contain('crosswalk.csv: line 1: give the old code and the new code');
  });

  it('<sipas-report> takes the same crosswalk: header, comparison and trend in Vietnamese words, axe-clean', async () => {
    const el = await fixture<SipasReport>(
      html`<sipas-report lang="vi" by="agencyCode" period="year" min-n="6" .crosswalk=${parseCrosswalk(crosswalkCsv)} .responses=${responses}></sipas-report>`,
    );
    await until(() => el.currentResults !== undefined, 'the report computed its results');
    await el.updateComplete;
    const root = el.shadowRoot!;
    const facts = Object.fromEntries([...root.querySelectorAll('.facts > div')].map((div) => [div.querySelector('dt')!.textContent, div.querySelector('dd')!.textContent]));
    expect(facts['Cơ quan']).to.equal('UBND xã Phú An (H29.100)');
    expect(facts['Kỳ báo cáo']).to.equal('Năm 2026');
    expect(facts['Số phiếu được tính']).to.equal('5');
    expect(facts['Số phiếu bị loại']).to.equal('không có');
    expect(facts['Mẫu phiếu']).to.match(/^Phiếu khảo sát sự hài lòng .* \(phiên bản 2017\.2\)$/);
    const row = root.querySelector('table.summary tr[data-indicator=overall]')!;
    const cell = (name: string) => row.querySelector(`.${name}`)!.textContent!.trim();
    expect([cell('value'), cell('previous'), cell('change'), cell('n')]).to.deep.equal([expected.current, expected.previous, expected.change, expected.n]);
    // n = 5 is below min-n 6: the figure, and so its change, is marked as not reliable.
    expect(cell('note')).to.equal('* n < 6, chưa đủ tin cậy');
    expect([...root.querySelectorAll('.trend-table tbody th')].map((th) => th.textContent)).to.deep.equal(['Năm 2025', 'Năm 2026']);
    expect(root.querySelector('.method')!.textContent).to.contain('không phải chỉ số SIPAS chính thức');
    await expect(el).to.be.accessible();

    // The other series (the ward), and no comparison: the tables lose their comparison columns.
    const group = root.querySelector<HTMLSelectElement>('#group')!;
    group.value = '1';
    group.dispatchEvent(new Event('change'));
    const comparison = root.querySelector<HTMLSelectElement>('#comparison')!;
    comparison.value = 'none';
    comparison.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(root.querySelector('.facts dd')!.textContent).to.equal('H29.101');
    expect(root.querySelectorAll('table.summary th[scope=col]')).to.have.length(4);
    await expect(el).to.be.accessible();
  });
});
