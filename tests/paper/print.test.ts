import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { sipas2022 } from '../../src/definitions/sipas-2022.js';
import { parseDefinition } from '../../src/model/definition.js';
import { listItems } from '../../src/model/items.js';
import { codedOptions } from '../../src/model/paper.js';
import { wordingHash } from '../../src/model/response.js';
import { localize, numberedLabel } from '../../src/model/text.js';
import type { Definition } from '../../src/schema/definition.js';

/** Waits until the element shows `selector` (a chunk loads first; seconds on a busy machine). */
async function shown(el: SipasSurvey, selector: string): Promise<void> {
  for (let i = 0; i < 2000 && !el.shadowRoot!.querySelector(selector); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  await el.updateComplete;
}

/** The printed PDF, read back by pdftotext: one string per page, whitespace collapsed. */
interface Printed {
  pages: string[];
  problems: string[];
}

/** Prints the demo's paper-form page; the command answers "pending" while a slow print goes on, so ask again. */
async function print(query: string): Promise<Printed> {
  for (;;) {
    const outcome = await executeServerCommand<Printed | { pending: true }, { path: string }>('print-to-pdf', { path: `/demo/phieu.html?${query}` });
    if (!('pending' in outcome)) return outcome;
  }
}

async function customDefinition(): Promise<Definition> {
  const parsed = parseDefinition(await (await fetch('/demo/questionnaires/thon-phu-an.json')).json());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.definition;
}

/** Where each item's block starts in the printed text, found in printed order; fails when an item is missing. */
function locateItems(printed: Printed, definition: Definition, locale: string) {
  let page = 0;
  let offset = 0;
  return listItems(definition).map(({ item }) => {
    const label = numberedLabel(item, locale, definition.defaultLocale);
    for (; page < printed.pages.length; page++, offset = 0) {
      const at = printed.pages[page]!.indexOf(label, offset);
      if (at >= 0) {
        offset = at + label.length;
        return { item, label, page, at };
      }
    }
    throw new Error(`item ${item.id} ("${label}") is not printed, or not in order`);
  });
}

/**
 * Every item's number and exact label, its hint, its option codes (a grid row: the scale's codes, with the scale
 * under the grid's header on the same page; elsewhere each code before its label), each block whole on one page.
 * Returns each item's printed block, for the rules.
 */
function checkItems(printed: Printed, definition: Definition, locale: string): Map<string, string> {
  const text = (t: Parameters<typeof localize>[0]) => localize(t, locale, definition.defaultLocale);
  const located = locateItems(printed, definition, locale);
  const blocks = new Map<string, string>();
  located.forEach(({ item, page, at }, i) => {
    const next = located[i + 1];
    const pageText = printed.pages[page]!;
    const block = pageText.slice(at, next?.page === page ? next.at : undefined);
    blocks.set(item.id, block);
    if (item.hint) expect(block, `hint of ${item.id}`).to.include(text(item.hint));
    const options = codedOptions(definition, item);
    if (options.length === 0) return;
    const listed = options.map((option) => `${option.code} ${text(option.label)}`).join(' ');
    if (item.type === 'rating' && !block.includes(listed)) {
      // A grid row: its codes in scale order, and the scale's header above it on the same sheet.
      expect(block, `codes of ${item.id}`).to.include(` ${options.map((option) => option.code).join(' ')}`);
      expect(pageText.slice(0, at), `scale header above ${item.id} on page ${page + 1}`).to.include(listed);
    } else {
      expect(block, `options of ${item.id}, whole on page ${page + 1}`).to.include(listed);
    }
  });
  return blocks;
}

function checkPages(printed: Printed, definition: Definition, locale: string, pageWord: string, hashWords: string): void {
  const count = printed.pages.length;
  expect(count, 'pages').to.be.greaterThan(1);
  printed.pages.forEach((page, i) => {
    expect(page, `page ${i + 1}`).to.include(`${pageWord} ${i + 1}/${count}`);
    expect(page, `wording code on page ${i + 1}`).to.include(`${hashWords}: ${wordingHash(definition, locale)}`);
  });
  expect(printed.problems, 'errors while printing (CSP included)').to.deep.equal([]);
}

describe('the paper form printed to PDF (A4, read back with pdftotext)', function () {
  // Each print loads the page in a second Chromium and prints several pages: seconds on a shared machine.
  this.timeout(120_000);

  it('prints sipas-2017 whole: numbers, exact labels, codes, rules in words, header, page numbers', async () => {
    const printed = await print('questionnaire=sipas-2017');
    const blocks = checkItems(printed, sipas2017, 'vi');
    const first = printed.pages[0]!;
    for (const words of ['UBND XÃ PHÚ AN', sipas2017.title.vi, `Mẫu phiếu sipas-2017, phiên bản ${sipas2017.version}`, 'Số phiếu:', 'Điều tra viên:', 'Cách trả lời: đánh dấu']) {
      expect(first, 'header').to.include(words);
    }
    expect(blocks.get('feedback-given')).to.include('Nếu trả lời ‘Không’, chuyển sang phần “Mức độ hài lòng chung”.');
    expect(blocks.get('sat-feedback'), 'a hidden item past the skipped run says its own condition').to.include(
      'Chỉ trả lời nếu ở câu “Trong quá trình giải quyết thủ tục hành chính, Ông/Bà có góp ý, phản ánh, kiến nghị với cơ quan không?” chọn ‘Có’.',
    );
    expect(blocks.get('expectations')).to.include('Chọn tối đa 3.');
    expect(blocks.get('expectations-other')).to.include('Chỉ trả lời nếu ở câu trên chọn ‘Khác (ghi rõ)’.');
    checkPages(printed, sipas2017, 'vi', 'Trang', 'Mã nội dung phiếu');
  });

  it('prints sipas-2022 in English with its own scales (3-2-1 printed in the form’s order)', async () => {
    const printed = await print('questionnaire=sipas-2022&lang=en');
    checkItems(printed, sipas2022, 'en');
    expect(printed.pages.join(' ')).to.include('3 Very much 2 Much 1 A little');
    expect(printed.pages.join(' '), 'no rules in this form').not.to.match(/If you answer|Answer only if/);
    checkPages(printed, sipas2022, 'en', 'Page', 'Wording code');
  });

  it('prints a commune’s own definition with its skips, conditions and limits in words', async () => {
    const definition = await customDefinition();
    const printed = await print('questionnaire=thon-phu-an');
    const blocks = checkItems(printed, definition, 'vi');
    expect(blocks.get('used-service')).to.include('Nếu trả lời ‘Không’, chuyển sang câu 4.');
    expect(blocks.get('priorities')).to.include('Chọn tối đa 2.');
    expect(blocks.get('priorities-other')).to.include('Chỉ trả lời nếu ở câu trên chọn ‘Việc khác’.');
    expect(blocks.get('priorities-other')).to.include('Tối đa 150 ký tự.');
    expect(blocks.get('water-quality')).to.include('Chỉ trả lời nếu ở câu 6 chọn ‘Nước sạch’.');
    // The items a skip already covers carry no second, redundant condition.
    expect(printed.pages.join(' ')).not.to.include('Chỉ trả lời nếu ở câu 1');
    checkPages(printed, definition, 'vi', 'Trang', 'Mã nội dung phiếu');
  });
});

describe('<sipas-survey layout="print">', () => {
  it('prints local wording, with the hash of that wording, and gives the page back its online form', async function () {
    // The overrides' schema loads on first use, and axe checks a long form: seconds on a shared machine.
    this.timeout(60_000);
    const overrides = { items: { 'c1.1': { label: { vi: 'Phòng chờ của UBND xã có đủ ghế' } } } };
    const el = await fixture<SipasSurvey>(html`<sipas-survey layout="print" .overrides=${overrides}></sipas-survey>`);
    await shown(el, '.paper');
    const text = el.shadowRoot!.querySelector('.paper')!.textContent!;
    expect(text).to.include('1.1. Phòng chờ của UBND xã có đủ ghế');
    const overridden = structuredClone(sipas2017);
    overridden.sections[0]!.items[0]!.label.vi = 'Phòng chờ của UBND xã có đủ ghế';
    expect(text).to.include(`Mã nội dung phiếu: ${wordingHash(overridden, 'vi')}`);
    expect(wordingHash(overridden, 'vi')).not.to.equal(wordingHash(sipas2017, 'vi'));
    expect(document.adoptedStyleSheets.length, 'the page rules while the paper form is shown').to.equal(1);
    await expect(el).to.be.accessible();

    el.layout = 'single';
    await shown(el, 'form');
    expect(el.shadowRoot!.querySelector('form'), 'the online form').to.exist;
    expect(el.shadowRoot!.querySelector('.paper')).to.equal(null);
    expect(document.adoptedStyleSheets, 'the page rules are gone').to.deep.equal([]);
    expect(getComputedStyle(el.shadowRoot!.querySelector('button[part=submit]')!).minHeight, 'the online styles are back').not.to.equal('auto');
  });
});
