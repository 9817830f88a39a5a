import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import '../../src/define-entry.js';
import type { SipasEntry } from '../../src/components/sipas-entry.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { visibleItems } from '../../src/model/answers.js';
import { ownValue } from '../../src/model/id-record.js';
import { codedOptions } from '../../src/model/paper.js';
import { MemoryKeyValueStore } from '../../src/persistence/memory-store.js';
import type { Definition, Item } from '../../src/schema/definition.js';
import type { Answers, AnswerValue, SurveyResponse } from '../../src/schema/response.js';
import { scoreResponses } from '../../src/scoring/index.js';
import { answer, submit, surveyFixture, waitForSubmit } from '../support/harness.js';
import { prototypeIds } from '../support/prototype-ids.js';

/** A keying screen with its own store (nothing of another test's batch), ready, the cursor on the form number. */
async function entryFixture(definition?: Definition, attributes: { doubleEntry?: boolean } = {}): Promise<SipasEntry> {
  const el = await fixture<SipasEntry>(
    html`<sipas-entry enumerator="DTV-03" batch="thon-1" ?double-entry=${attributes.doubleEntry ?? false} .definition=${definition} .storage=${new MemoryKeyValueStore()}></sipas-entry>`,
  );
  for (let i = 0; i < 400 && !el.shadowRoot!.querySelector('#form-number'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  await el.updateComplete;
  return el;
}

/** A key pressed with a modifier held (the test runner's press takes one key). */
async function shortcut(modifier: 'Shift' | 'Control', key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

const focused = (el: SipasEntry) => el.shadowRoot!.activeElement as HTMLElement | null;
const message = (el: SipasEntry) => el.shadowRoot!.querySelector('#entry-message')!.textContent!.trim();

/** The keys a clerk types on one row, reading the paper form: a code, several codes and Enter, a text and Enter/Tab, 0 or Tab for a blank. */
function keysFor(definition: Definition, item: Item, value: AnswerValue | undefined): string[] {
  if (item.type === 'text') return value === undefined ? ['Tab'] : [...String(value).split(''), item.multiline ? 'Tab' : 'Enter'];
  if (value === undefined) return ['0'];
  const options = codedOptions(definition, item);
  const code = (v: AnswerValue) => String(options.find((option) => option.answer === v)!.code);
  if (Array.isArray(value)) return [...value.flatMap((v) => code(v).split('')), 'Enter'];
  return code(value).split('');
}

/**
 * Keys one paper form in with real key presses: the form number and Enter, then on each row the focus lands on,
 * the keys for the paper's answer there, then Enter on Save. Returns the keys pressed.
 */
async function keyForm(el: SipasEntry, definition: Definition, formNumber: string, paper: Answers): Promise<string[]> {
  const pressed: string[] = [];
  const press = async (key: string) => {
    pressed.push(key);
    await sendKeys(key.length === 1 ? { type: key } : { press: key });
    await el.updateComplete;
  };
  expect(focused(el)?.id, 'the cursor starts on the form number').to.equal('form-number');
  for (const character of formNumber) await press(character);
  await press('Enter');
  for (let guard = 0; guard < 200; guard++) {
    const row = focused(el);
    if (row?.id === 'save') {
      await press('Enter');
      await saved(el);
      return pressed;
    }
    // Enter on the last row saves the form at once.
    if (pressed.length > formNumber.length + 1 && (row?.id === 'form-number' || row?.id === 'differences-title')) return pressed;
    const itemId = row?.dataset['item'];
    if (!itemId) throw new Error(`the cursor left the rows (on ${row?.outerHTML ?? 'nothing'}) after ${pressed.join(' ')}; message: ${message(el)}`);
    const item = definition.sections.flatMap((s) => s.items).find((i) => i.id === itemId)!;
    for (const key of keysFor(definition, item, ownValue(paper, itemId))) await press(key);
  }
  throw new Error(`the save button was never reached: ${pressed.slice(-20).join(' ')}; on ${focused(el)?.id}; message: ${message(el)}`);
}

/** Waits until a save in progress (the response schema loads on first use) has ended. */
async function saved(el: SipasEntry): Promise<void> {
  for (let i = 0; i < 500 && focused(el)?.id !== 'form-number' && !el.shadowRoot!.querySelector('#differences-title'); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    await el.updateComplete;
  }
}

/** The same answers given online, the way a citizen clicks them, through <sipas-survey>. */
async function answerOnline(definition: Definition, paper: Answers): Promise<SurveyResponse> {
  const el = await surveyFixture(html`<sipas-survey no-draft layout="single" .definition=${definition}></sipas-survey>`);
  for (let i = 0; i < 400 && !el.shadowRoot!.querySelector('form'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  for (const item of visibleItems(definition, paper)) {
    const value = ownValue(paper, item.id);
    if (value !== undefined) await answer(el, item.id, value);
  }
  let response: SurveyResponse | undefined;
  el.addEventListener('sipas-submit', (event) => (response = event.detail));
  await submit(el);
  await waitForSubmit(el);
  expect(response, 'the online form accepted the answers').to.exist;
  return response!;
}

async function releaseAll(el: SipasEntry): Promise<SurveyResponse[]> {
  const released: SurveyResponse[] = [];
  el.addEventListener('sipas-submit', (event) => released.push(event.detail));
  await el.release();
  return released;
}

/** sipas-2017 forms whose answers walk every rule: the feedback gate both ways, "other" with its text, blanks. */
const FORMS_2017: Record<string, Answers> = (() => {
  const ratings = (code: (i: number) => number) =>
    Object.fromEntries(
      sipas2017.sections
        .flatMap((s) => s.items)
        .filter((item) => item.type === 'rating' && !item.visibleIf)
        .map((item, i) => [item.id, code(i)]),
    );
  return {
    '101': { ...ratings((i) => (i % 5) + 1), 'feedback-given': 'no', expectations: ['shorten-time', 'online-services'], gender: 'female', age: '35-49' },
    '102': {
      ...ratings((i) => 5 - (i % 3)),
      'feedback-given': 'yes',
      'c5.2': 4,
      'c5.3': 2,
      'c5.4': 5,
      'sat-feedback': 4,
      expectations: ['simplify-procedures', 'facilities', 'other'],
      'expectations-other': 'Có chỗ gửi xe',
      comment: 'Cán bộ nhiệt tình',
      'respondent-type': 'organisation',
      occupation: 'public-sector',
    },
    '103': { ...ratings(() => 3), 'feedback-given': 'yes', 'c5.2': 1, 'c5.3': 1, 'c5.4': 1, 'sat-feedback': 2 },
  };
})();

describe('<sipas-entry>: keying paper forms with the keyboard', function () {
  this.timeout(120_000);

  it('keys filled-in forms into responses identical, answer by answer, to the same answers given online, and the same index', async () => {
    const el = await entryFixture();
    for (const [formNumber, paper] of Object.entries(FORMS_2017)) await keyForm(el, sipas2017, formNumber, paper);
    const keyed = await releaseAll(el);
    expect(keyed.map((response) => response.collection?.formNumber)).to.deep.equal(Object.keys(FORMS_2017));
    const online: SurveyResponse[] = [];
    for (const paper of Object.values(FORMS_2017)) online.push(await answerOnline(sipas2017, paper));
    keyed.forEach((response, i) => {
      expect(response.answers, `answers of form ${i}`).to.deep.equal(online[i]!.answers);
      expect(response.respondent, `respondent of form ${i}`).to.deep.equal(online[i]!.respondent);
      expect(response.questionnaire).to.deep.equal(online[i]!.questionnaire);
      expect(response.collection).to.deep.include({ mode: 'paper', enumerator: 'DTV-03', batch: 'thon-1' });
    });
    expect(scoreResponses(keyed, [sipas2017]).groups).to.deep.equal(scoreResponses(online, [sipas2017]).groups);
  });

  it('keys a complete sipas-2017 form in answered items + the form number + one save', async () => {
    const el = await entryFixture();
    const paper = FORMS_2017['103']!;
    const keys = await keyForm(el, sipas2017, '7', paper);
    const answered = visibleItems(sipas2017, paper).filter((item) => paper[item.id] !== undefined).length;
    const blanks = visibleItems(sipas2017, paper).length - answered;
    // One key per answered item; the form number and the Enter that ends it; a key per blank row (0 or Tab); one save.
    expect(keys.length).to.equal(answered + '7'.length + 1 + blanks + 1);
    expect(keys.length).to.be.at.most(answered + 2 + blanks + 1);
  });

  it('refuses wrong keys on the spot, says why, and keeps the answer', async () => {
    const el = await entryFixture();
    await sendKeys({ type: '5' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.dataset['item']).to.equal('c1.1');
    await sendKeys({ type: '7' });
    await el.updateComplete;
    expect(message(el)).to.equal('Không có mã 7: chỉ nhận 1–5.');
    expect(focused(el)?.dataset['item'], 'the cursor stays').to.equal('c1.1');
    expect((focused(el) as HTMLInputElement).value).to.equal('');
    await sendKeys({ type: '0' });
    await el.updateComplete;
    expect(message(el)).to.equal('Câu bắt buộc: gõ mã của ô đã đánh dấu.');
    await sendKeys({ type: 'x' });
    await el.updateComplete;
    expect(message(el)).to.equal('Phím “x” không phải mã: chỉ gõ chữ số.');
    await expect(el).to.be.accessible();
    await sendKeys({ type: '4' });
    await el.updateComplete;
    expect(focused(el)?.dataset['item'], 'a good code moves on').to.equal('c1.2');
    await shortcut('Shift', 'Tab');
    expect(focused(el)?.dataset['item'], 'Shift+Tab goes back').to.equal('c1.1');
    expect((focused(el) as HTMLInputElement).value).to.equal('4');
  });

  it('takes several codes on a multiple choice, refuses one too many, and skips what the rules hide', async () => {
    const el = await entryFixture();
    const paper: Answers = { ...FORMS_2017['101']! };
    delete paper['expectations'];
    // Key up to the expectations row: the feedback gate answered "no" (2) skips 5.2–5.4.
    await sendKeys({ type: '9' });
    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 60 && focused(el)?.dataset['item'] !== 'expectations'; i++) {
      const item = sipas2017.sections.flatMap((s) => s.items).find((it) => it.id === focused(el)!.dataset['item'])!;
      expect(['c5.2', 'c5.3', 'c5.4']).not.to.include(item.id);
      for (const key of keysFor(sipas2017, item, paper[item.id])) await sendKeys(key.length === 1 ? { type: key } : { press: key });
      await el.updateComplete;
    }
    for (const code of ['1', '2', '9']) await sendKeys({ type: code });
    await el.updateComplete;
    expect((focused(el) as HTMLInputElement).value).to.equal('1 2 9');
    await sendKeys({ type: '3' });
    await el.updateComplete;
    expect(message(el)).to.equal('Đã đủ 3 lựa chọn: câu này chọn tối đa 3.');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.dataset['item'], '"other" chosen: its text row is shown next').to.equal('expectations-other');
  });

  it('lists missing required answers at save, and refuses a form number already keyed in the batch', async () => {
    const el = await entryFixture();
    await keyForm(el, sipas2017, '55', FORMS_2017['101']!);
    for (const key of ['5', '5']) await sendKeys({ type: key });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(message(el)).to.equal('Phiếu số 55 đã nhập trong lô này. Mở phiếu trong danh sách để sửa.');
    expect(focused(el)?.id).to.equal('form-number');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '6' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ type: '4' });
    await shortcut('Control', 'Enter');
    for (let i = 0; i < 300 && !message(el).startsWith('Chưa lưu'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(message(el)).to.match(/^Chưa lưu: còn \d+ câu/);
    expect(focused(el)?.dataset['item'], 'the cursor goes to the first missing answer').to.equal('c1.2');
    expect(el.shadowRoot!.querySelectorAll('.row.invalid').length).to.be.greaterThan(5);
    await expect(el).to.be.accessible();
  });

  it('opens a keyed form from the batch list to correct it before it is sent', async () => {
    const el = await entryFixture();
    await expect(el, 'a blank form').to.be.accessible();
    await keyForm(el, sipas2017, '8', FORMS_2017['103']!);
    await expect(el, 'a form in the batch list').to.be.accessible();
    const open = el.shadowRoot!.querySelector<HTMLButtonElement>('.forms button')!;
    expect(open.getAttribute('aria-label')).to.equal('Mở phiếu 8');
    open.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(focused(el)?.dataset['item']).to.equal('c1.1');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '5' });
    await shortcut('Control', 'Enter');
    await saved(el);
    const [response] = await releaseAll(el);
    expect(response!.answers['c1.1']).to.equal(5);
    expect(el.shadowRoot!.querySelector('.count')!.textContent).to.include('đã gửi 1');
  });
});

describe('<sipas-entry>: double entry', function () {
  this.timeout(120_000);

  it('catches every planted difference, item by item, and releases only agreed forms', async () => {
    const el = await entryFixture(undefined, { doubleEntry: true });
    for (const [formNumber, paper] of Object.entries(FORMS_2017)) await keyForm(el, sipas2017, formNumber, paper);
    expect(await el.release(), 'nothing is agreed after one pass').to.deep.equal([]);
    el.pass = 'verify';
    await el.updateComplete;
    // Form 101 keyed the same; 102 with three slips (a rating, the gate's dependants, a text); 103 with one.
    const slips: Record<string, Answers> = {
      '101': FORMS_2017['101']!,
      '102': { ...FORMS_2017['102']!, 'c2.1': 1, 'c5.3': 3, 'expectations-other': 'Có chỗ gửi xe máy' },
      '103': { ...FORMS_2017['103']!, gender: 'male' },
    };
    await keyForm(el, sipas2017, '101', slips['101']!);
    expect(message(el)).to.equal('Phiếu số 101: hai lần nhập khớp nhau.');
    await keyForm(el, sipas2017, '102', slips['102']!);
    const legends = [...el.shadowRoot!.querySelectorAll('.differences legend')].map((l) => l.textContent!.trim());
    expect(legends).to.deep.equal(['2.1. Thủ tục hành chính được niêm yết công khai đầy đủ', '5.3. Cơ quan tiếp nhận, xử lý tích cực các góp ý, phản ánh, kiến nghị', 'Nội dung khác cần cải thiện']);
    await expect(el).to.be.accessible();
    expect(focused(el)?.id).to.equal('differences-title');
    // Decide with the keyboard alone: the first pass's 2.1 and 5.3, the second's text.
    for (const [index, pass] of [[0, 0], [1, 0], [2, 1]] as const) {
      const radio = el.shadowRoot!.querySelectorAll<HTMLInputElement>('.differences fieldset')[index]!.querySelectorAll('input')[pass]!;
      radio.focus();
      await sendKeys({ press: 'Space' });
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('.differences button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const released = await releaseAll(el);
    expect(released.map((r) => r.collection?.formNumber), 'the form still waiting for its second keying stays').to.deep.equal(['101', '102']);
    expect(released[1]!.answers).to.deep.include({ 'c2.1': FORMS_2017['102']!['c2.1'], 'c5.3': 2, 'expectations-other': 'Có chỗ gửi xe máy' });
    await keyForm(el, sipas2017, '103', slips['103']!);
    expect(el.shadowRoot!.querySelectorAll('.differences fieldset').length).to.equal(1);
  });
});

describe('<sipas-entry>: item ids named like Object.prototype properties', function () {
  this.timeout(120_000);

  it('keys a form with "constructor" left blank and one with it answered, and decides a double-entry difference on it', async () => {
    const el = await entryFixture(prototypeIds, { doubleEntry: true });
    await keyForm(el, prototypeIds, '1', { prototype: 3 });
    await keyForm(el, prototypeIds, '2', { constructor: 1, prototype: 2, why: ['constructor'], detail: 'Cho lau' });
    expect(message(el)).not.to.match(/thiếu|chưa/i);
    el.pass = 'verify';
    await el.updateComplete;
    await keyForm(el, prototypeIds, '1', { prototype: 3 });
    await keyForm(el, prototypeIds, '2', { constructor: 3, prototype: 2, why: ['constructor'] });
    const legends = [...el.shadowRoot!.querySelectorAll('.differences legend')].map((l) => l.textContent!.trim());
    expect(legends, 'the two keyings differ on "constructor" and on what it shows').to.deep.equal(['Thái độ cán bộ', 'Vì sao không hài lòng?']);
    await expect(el).to.be.accessible();
    // The second pass is right on both.
    for (const index of [0, 1]) {
      el.shadowRoot!.querySelectorAll<HTMLElement>('.differences fieldset')[index]!.querySelectorAll('input')[1]!.focus();
      await sendKeys({ press: 'Space' });
    }
    el.shadowRoot!.querySelector<HTMLButtonElement>('.differences button')!.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const released = await releaseAll(el);
    expect(released.map((r) => [r.collection?.formNumber, r.answers])).to.deep.equal([
      ['1', { prototype: 3 }],
      ['2', { constructor: 3, prototype: 2, why: ['constructor'] }],
    ]);
  });
});
