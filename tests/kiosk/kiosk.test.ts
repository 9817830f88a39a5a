import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import { kioskStyles } from '../../src/components/kiosk.styles.js';
import { scheduleClock } from '../../src/controllers/timeout.js';
import { dvcOnline } from '../../src/definitions/dvc-online.js';
import type { SipasResetEvent } from '../../src/events/reset.js';
import type { IdbKeyValueStore } from '../../src/persistence/idb-store.js';
import type { SurveyResponse } from '../../src/schema/response.js';
import { scoreResponses } from '../../src/scoring/index.js';
import type { RetryPolicy } from '../../src/transport/retry-schedule.js';
import { freshIdbStore, mountSurvey, TestReceiver, until } from '../support/delivery.js';
import { FakeClock } from '../support/fake-clock.js';
import { answer, completeRequired, root, submit, waitForSubmit } from '../support/harness.js';
import { completeByKeyboard } from '../support/keyboard.js';

const quick: Partial<RetryPolicy> = { baseDelayMs: 20, maxDelayMs: 100, jitter: 0, timeoutMs: 2000 };

let clock: FakeClock;
beforeEach(() => (clock = new FakeClock().install(scheduleClock)));
afterEach(() => {
  document.querySelectorAll('sipas-survey').forEach((el) => el.remove());
  clock.uninstall();
});

interface Kiosk {
  el: SipasSurvey;
  store: IdbKeyValueStore;
  receiver: TestReceiver;
  resets: string[];
}

/** A kiosk at "Quầy 3" delivering to a receiver of its own, its ticker on the fake clock. */
async function mountKiosk(attributes: Record<string, string> = {}, policy: Partial<RetryPolicy> = quick): Promise<Kiosk> {
  const receiver = new TestReceiver();
  const store = freshIdbStore();
  const { el } = await mountSurvey(
    { storage: store, retryPolicy: policy },
    { kiosk: '', desk: 'Quầy 3', questionnaire: 'dvc-online', 'agency-code': '25.721.25975', endpoint: receiver.endpoint, ...attributes },
  );
  const resets: string[] = [];
  el.addEventListener('sipas-reset', (event) => resets.push((event as SipasResetEvent).detail.reason));
  await until(() => clock.intervals === 1, 'the kiosk started its ticker');
  return { el, store, receiver, resets };
}

/** Advances the fake clock second by second, letting the element render after each. */
async function advance(el: SipasSurvey, seconds: number): Promise<void> {
  for (let i = 0; i < seconds; i++) {
    clock.tick(1000);
    await el.updateComplete;
  }
}

/** One person's answers, with a text of their own that must never outlive them. */
async function answerAsPerson(el: SipasSurvey, marker: string): Promise<void> {
  await completeRequired(el, dvcOnline);
  await answer(el, 'convenience', 1);
  await answer(el, 'convenience-reason', marker);
}

/** Where a text survives in the element's object graph (its fields, controllers, caches), DOM nodes aside. */
function foundInMemory(el: SipasSurvey, needle: string): string[] {
  const seen = new Set<unknown>();
  const found: string[] = [];
  const visit = (value: unknown, path: string, depth: number): void => {
    if (typeof value === 'string') {
      if (value.includes(needle)) found.push(path);
      return;
    }
    if (!value || typeof value !== 'object' || seen.has(value) || depth > 14 || value instanceof Node || value instanceof Window) return;
    seen.add(value);
    if (value instanceof Map || value instanceof Set) {
      let i = 0;
      for (const entry of value) visit(entry, `${path}[${i++}]`, depth + 1);
      return;
    }
    for (const key of Object.getOwnPropertyNames(value)) {
      let child: unknown;
      try {
        child = (value as Record<string, unknown>)[key];
      } catch {
        continue;
      }
      visit(child, `${path}.${key}`, depth + 1);
    }
  };
  // The element is a DOM node itself: its own fields are where the search starts.
  for (const key of Object.getOwnPropertyNames(el)) visit((el as unknown as Record<string, unknown>)[key], `el.${key}`, 1);
  return found;
}

/** What of a person the shadow DOM still shows: their text anywhere, a checked option, a filled field. */
function foundInDom(el: SipasSurvey, needle: string): string[] {
  const shadow = root(el);
  const found: string[] = [];
  if (shadow.innerHTML.includes(needle)) found.push('markup');
  for (const input of shadow.querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')) if (input.checked) found.push(`checked ${input.name}`);
  for (const field of shadow.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type=text], textarea')) if (field.value !== '') found.push(`text ${field.name}`);
  return found;
}

const dialogOf = (el: SipasSurvey) => root(el).querySelector<HTMLDialogElement>('dialog.idle-dialog')!;
const countdownText = (el: SipasSurvey) => root(el).querySelector('.kiosk-countdown')?.textContent ?? '';

describe('kiosk: one counter, one person after another', () => {
  it('three people in a row: three responses stored once each, with the desk and mode "kiosk"; nothing of one is left for the next', async function () {
    this.timeout(120_000);
    const { el, store, receiver, resets } = await mountKiosk();
    const markers = ['Người thứ nhất: chờ lâu ở quầy', 'Người thứ hai: thiếu ghế ngồi', 'Người thứ ba: không có chỗ gửi xe'];
    for (const [i, marker] of markers.entries()) {
      await answerAsPerson(el, marker);
      // The search below can find a person: it does while they are answering.
      expect(foundInMemory(el, marker)).to.not.be.empty;
      expect(foundInDom(el, marker)).to.include('text convenience-reason');
      await submit(el);
      expect(el.matches(':state(submitted)')).to.equal(true);
      expect(countdownText(el)).to.equal('Phiếu mới sẽ tự bắt đầu sau 15 giây.');
      await advance(el, 14);
      expect(countdownText(el)).to.equal('Phiếu mới sẽ tự bắt đầu sau 1 giây.');
      expect(resets).to.have.length(i);
      await advance(el, 1);
      expect(resets).to.deep.equal(markers.slice(0, i + 1).map(() => 'submitted'));
      expect(el.matches(':state(submitted)')).to.equal(false);
      await until(async () => (await receiver.stored()).length === i + 1, `person ${i + 1}'s response was stored`);
      await until(async () => (await store.keys('')).length === 0, 'the outbox emptied', 15_000);
      expect(foundInDom(el, marker), 'shadow DOM').to.deep.equal([]);
      expect(foundInMemory(el, marker), 'memory').to.deep.equal([]);
      expect(el.answers).to.deep.equal({});
      expect(await store.keys(''), 'IndexedDB').to.deep.equal([]);
      // Ready for the next person: the first step, focus on its first control.
      expect(root(el).activeElement).to.equal(root(el).querySelector('form input'));
    }
    const stored = await receiver.stored();
    expect(new Set(stored.map((r) => r.responseId)).size).to.equal(3);
    expect(await receiver.requests()).to.have.length(3);
    expect(stored.map((r) => r.answers['convenience-reason'])).to.deep.equal(markers);
    for (const response of stored) {
      expect(response.context).to.deep.equal({ agencyCode: '25.721.25975', desk: 'Quầy 3' });
      expect(response.collection).to.deep.equal({ mode: 'kiosk' });
      expect(response).to.not.have.property('completion');
    }
  });

  it('"Bắt đầu phiếu mới" brings the next form at once; reset-after sets the countdown', async () => {
    const { el, resets } = await mountKiosk({ 'reset-after': '30' });
    await answerAsPerson(el, 'x');
    await submit(el);
    expect(countdownText(el)).to.equal('Phiếu mới sẽ tự bắt đầu sau 30 giây.');
    root(el).querySelector<HTMLButtonElement>('button[part=new-form]')!.click();
    await el.updateComplete;
    expect(resets).to.deep.equal(['submitted']);
    expect(root(el).querySelector('form')).to.not.equal(null);
  });

  it('a refused response (4xx) is not kept for the next person: the failed list empties at the reset', async () => {
    const { el, store, receiver } = await mountKiosk();
    await receiver.fail({ status: 422, message: 'refused for the test' });
    await answerAsPerson(el, 'Người bị từ chối');
    await submit(el);
    await until(async () => (await el.failedDeliveries()).length === 1, 'the refused response is in the failed list');
    await advance(el, 15);
    await until(async () => (await el.failedDeliveries()).length === 0, 'the failed list emptied');
    expect(await store.keys('')).to.deep.equal([]);
  });

  it('reset() clears the form and fires sipas-reset with "api"; the event bubbles out of shadow roots', async () => {
    const { el, resets } = await mountKiosk();
    await answerAsPerson(el, 'x');
    let composed = false;
    document.addEventListener('sipas-reset', (event) => (composed = event.bubbles && event.composed), { once: true });
    el.reset();
    await el.updateComplete;
    expect(resets).to.deep.equal(['api']);
    expect(composed).to.equal(true);
    expect(el.answers).to.deep.equal({});
  });
});

describe('kiosk: inactivity', () => {
  it('asks after idle-timeout whether more time is needed; "Tiếp tục" keeps the answers; no answer clears them', async function () {
    this.timeout(120_000);
    const { el, receiver, resets } = await mountKiosk();
    await answer(el, 'overall', 3);
    await advance(el, 59);
    expect(dialogOf(el).open).to.equal(false);
    await advance(el, 1);
    const dialog = dialogOf(el);
    expect(dialog.open && dialog.matches(':modal')).to.equal(true);
    expect(root(el).activeElement).to.equal(dialog.querySelector('button.continue'));
    expect(dialog.querySelector('#idle-text')!.textContent).to.equal('Nếu không, các câu trả lời sẽ được xóa sau 20 giây để người tiếp theo đánh giá.');
    // The live region speaks at 10 s and 5 s left, not every second.
    const live = dialog.querySelector('[aria-live]')!;
    const spoken = new Set<string>();
    for (let i = 0; i < 18; i++) {
      spoken.add(live.textContent!);
      await advance(el, 1);
    }
    expect([...spoken].filter(Boolean)).to.deep.equal([
      'Nếu không, các câu trả lời sẽ được xóa sau 10 giây để người tiếp theo đánh giá.',
      'Nếu không, các câu trả lời sẽ được xóa sau 5 giây để người tiếp theo đánh giá.',
    ]);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(dialog.open).to.equal(false);
    expect(el.answers).to.deep.equal({ overall: 3 });
    // Inactivity counts again from zero; this time no one answers.
    await advance(el, 60);
    expect(dialog.open).to.equal(true);
    await advance(el, 19);
    expect(resets).to.deep.equal([]);
    await advance(el, 1);
    expect(resets).to.deep.equal(['idle']);
    expect(dialog.open).to.equal(false);
    expect(el.answers).to.deep.equal({});
    expect(foundInDom(el, '\u0000')).to.deep.equal([], 'no option left checked');
    expect(await receiver.requests()).to.deep.equal([]);
  });

  it('a text typed and left on screen is gone after the reset, and Undo in its field does not bring it back', async function () {
    this.timeout(60_000);
    // The full form in one page: its comment field stays on screen through the reset, the same control for the next person.
    const { el, resets } = await mountKiosk({ questionnaire: 'sipas-2017', layout: 'single', 'idle-countdown': '1' });
    const field = root(el).querySelector<HTMLTextAreaElement>('textarea[name="comment"]')!;
    field.focus();
    await sendKeys({ type: 'Chờ lâu' });
    await el.updateComplete;
    expect(el.answers).to.deep.equal({ comment: 'Chờ lâu' });
    // Undo works in this field (the same command Ctrl+Z runs): it takes typing back, and Redo restores it.
    const undo = async (command: 'undo' | 'redo') => {
      field.focus();
      document.execCommand(command);
      await el.updateComplete;
    };
    await undo('undo');
    expect(field.value).to.not.equal('Chờ lâu');
    await undo('redo');
    expect(field.value).to.equal('Chờ lâu');
    await advance(el, 61);
    expect(resets).to.deep.equal(['idle']);
    expect(root(el).querySelector('textarea[name="comment"]')).to.equal(field);
    expect(foundInDom(el, 'Chờ lâu')).to.deep.equal([]);
    // The next person finds the field empty, and its undo history holds nothing of the last one.
    for (let i = 0; i < 10; i++) await undo('undo');
    expect(field.value).to.equal('');
    expect(el.answers).to.deep.equal({});
  });

  it('Escape in the dialog means "still here"; idle-timeout="0" never asks; nothing is asked before anyone starts', async () => {
    const { el } = await mountKiosk({ 'idle-countdown': '5' });
    await advance(el, 120);
    expect(dialogOf(el).open).to.equal(false, 'no one has started');
    await answer(el, 'overall', 3);
    await advance(el, 60);
    expect(dialogOf(el).open).to.equal(true);
    expect(dialogOf(el).querySelector('#idle-text')!.textContent).to.contain('sau 5 giây');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(dialogOf(el).open).to.equal(false);
    expect(el.answers).to.deep.equal({ overall: 3 });
    el.idleTimeout = 0;
    await advance(el, 600);
    expect(dialogOf(el).open).to.equal(false);
  });

  it('idle-action="submit": the answers given go out as a partial response, when a criterion was answered; reasons in order', async function () {
    this.timeout(120_000);
    const { el, store, receiver, resets } = await mountKiosk({ 'idle-action': 'submit' });
    const submitted: SurveyResponse[] = [];
    el.addEventListener('sipas-submit', (event) => submitted.push(event.detail));
    // A first person answers one criterion (not satisfied, with the reason) and walks away.
    const marker = 'Người bỏ dở: chờ quá lâu';
    await answer(el, 'convenience', 1);
    await answer(el, 'convenience-reason', marker);
    expect(dialogOf(el).querySelector('#idle-text')!.textContent).to.equal('');
    await advance(el, 60);
    expect(dialogOf(el).querySelector('#idle-text')!.textContent).to.contain('sẽ được gửi sau 20 giây');
    await advance(el, 20);
    await until(() => resets.length === 1, 'the kiosk cleared after the partial submit');
    await until(async () => (await receiver.stored()).length === 1, 'the partial response was stored');
    const [partial] = await receiver.stored();
    expect(partial!.completion).to.equal('partial');
    expect(partial!.collection).to.deep.equal({ mode: 'kiosk' });
    expect(partial!.context.desk).to.equal('Quầy 3');
    expect(partial!.answers).to.deep.equal({ convenience: 1, 'convenience-reason': marker });
    expect(submitted.map((r) => r.completion)).to.deep.equal(['partial']);
    // The index counts its answered criterion like any other's, and nothing for the questions left unanswered.
    const group = scoreResponses([partial], [dvcOnline], {}, 1).groups[0]!;
    expect(group.elements[0]!.criteria.map((c) => [c.itemId, c.index.n])).to.deep.equal([
      ['convenience', 1],
      ['timeliness', 0],
      ['attitude', 0],
    ]);
    await until(async () => (await store.keys('')).length === 0, 'the outbox emptied');
    expect(foundInDom(el, marker)).to.deep.equal([]);
    expect(foundInMemory(el, marker)).to.deep.equal([]);
    // A second person gives only the overall rating, no criterion: nothing worth keeping, so nothing is sent.
    await answer(el, 'overall', 2);
    await advance(el, 80);
    await until(() => resets.length === 2, 'the kiosk cleared again');
    el.reset();
    expect(resets).to.deep.equal(['idle', 'idle', 'api']);
    expect(await receiver.requests()).to.have.length(1);
  });
});

describe('kiosk: touch first, keyboard too, accessible in every state', () => {
  it('targets of at least 56 px, no selection or long-press menu on options, no hover-only rule', async () => {
    const { el } = await mountKiosk();
    const targets = [...root(el).querySelectorAll<HTMLElement>('form .option, form button')];
    expect(targets.length).to.be.greaterThan(3);
    for (const target of targets) expect(target.getBoundingClientRect().height, target.textContent!).to.be.at.least(56);
    const option = getComputedStyle(root(el).querySelector('.option')!);
    expect(option.userSelect).to.equal('none');
    // Chromium drops -webkit-touch-callout (an iOS property) from the CSSOM: the rule is checked in the source.
    expect(kioskStyles.cssText).to.match(/:host\(\[kiosk\]\) :is\(\.option, button, \.legend\) \{[^}]*-webkit-touch-callout: none/);
    const rules = root(el).adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
    expect(rules).to.not.contain(':hover');
  });

  it('a person completes it by touch, and the next by keyboard only; axe finds nothing in the form, the countdown and the dialog', async function () {
    this.timeout(120_000);
    const { el, receiver, resets } = await mountKiosk();
    await expect(el).to.be.accessible();
    // A finger's tap as the page sees it: touch pointer events on the target's middle, then the click they make.
    const tap = async (target: HTMLElement) => {
      target.scrollIntoView({ block: 'center' });
      const box = target.getBoundingClientRect();
      const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, pointerType: 'touch', bubbles: true, composed: true, isPrimary: true };
      expect(root(el).elementFromPoint(at.clientX, at.clientY)?.closest('label, button')).to.equal(target.closest('label, button'));
      target.dispatchEvent(new PointerEvent('pointerdown', at));
      target.dispatchEvent(new PointerEvent('pointerup', at));
      target.click();
      await el.updateComplete;
    };
    for (const id of ['overall', 'convenience', 'timeliness', 'attitude']) await tap(root(el).querySelector<HTMLElement>(`#q-${id} input[value="3"]`)!);
    expect(el.answers).to.deep.equal({ overall: 3, convenience: 3, timeliness: 3, attitude: 3 });
    await tap(root(el).querySelector<HTMLElement>('button[part=submit]')!);
    await waitForSubmit(el);
    expect(el.matches(':state(submitted)')).to.equal(true);
    await expect(el).to.be.accessible();
    await tap(root(el).querySelector<HTMLElement>('button[part=new-form]')!);
    expect(resets).to.deep.equal(['submitted']);
    // The next person, keyboard only, from the first control where the reset put focus.
    expect(root(el).activeElement).to.equal(root(el).querySelector('form input'));
    const start = Object.assign(document.createElement('button'), { textContent: 'before the kiosk' });
    el.before(start);
    await completeByKeyboard(el, start);
    start.remove();
    expect(el.matches(':state(submitted)')).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(root(el).querySelector('button[part=new-form]'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(resets).to.deep.equal(['submitted', 'submitted']);
    await until(async () => (await receiver.stored()).length === 2, 'both were stored');
    const stored = await receiver.stored();
    const byTouch = stored.find((r) => !Object.keys(r.answers).some((id) => id.endsWith('-reason')));
    const byKeyboard = stored.find((r) => r !== byTouch);
    expect(byTouch!.answers).to.deep.equal({ overall: 3, convenience: 3, timeliness: 3, attitude: 3 });
    expect(Object.keys(byKeyboard!.answers).filter((id) => !id.endsWith('-reason')).sort()).to.deep.equal(['attitude', 'convenience', 'overall', 'timeliness']);
    // The idle dialog, in English (the widget's English strings load when a page first shows English).
    el.lang = 'en';
    await until(() => el.shadowRoot!.querySelector('.survey')?.getAttribute('lang') === 'en', 'the form is in English');
    await answer(el, 'overall', 2);
    await advance(el, 60);
    expect(dialogOf(el).open).to.equal(true);
    expect(dialogOf(el).textContent).to.contain('Do you need more time?');
    await expect(el).to.be.accessible();
  });

  it('holds a screen wake lock while visible, and works without the API', async () => {
    const requested: string[] = [];
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request: async (type: string) => (requested.push(type), { release: async () => undefined }) } });
    try {
      const { el } = await mountKiosk();
      await until(() => requested.length === 1, 'the kiosk asked for a wake lock');
      expect(requested).to.deep.equal(['screen']);
      el.remove();
    } finally {
      delete (navigator as { wakeLock?: unknown }).wakeLock;
    }
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request: () => Promise.reject(new DOMException('not allowed', 'NotAllowedError')) } });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const { el } = await mountKiosk();
      await el.updateComplete;
      expect(errors).to.deep.equal([]);
      expect(root(el).querySelector('form')).to.not.equal(null);
    } finally {
      console.error = original;
      delete (navigator as { wakeLock?: unknown }).wakeLock;
    }
  });
});

describe('kiosk: a counter whose backend is down', () => {
  it('ten people answer while the backend is down; when it comes back all ten are delivered once, with no draft left', async function () {
    this.timeout(180_000);
    // Retries a minute apart doubling to half an hour, without randomness: waits no test could sit through in real time.
    const policy: Partial<RetryPolicy> = { baseDelayMs: 60_000, maxDelayMs: 30 * 60_000, jitter: 0, timeoutMs: 5000 };
    const { el, store, receiver, resets } = await mountKiosk({}, policy);
    await receiver.fail(...Array.from({ length: 1000 }, () => ({ status: 503, message: 'the backend is down' })));
    const markers = Array.from({ length: 10 }, (_, i) => `Người thứ ${i + 1}, lúc mất kết nối`);
    for (const marker of markers) {
      await answerAsPerson(el, marker);
      await submit(el);
      await until(async () => (await store.keys('outbox:')).length === resets.length + 1, 'the response is in the outbox');
      await advance(el, 15);
    }
    expect(resets).to.deep.equal(markers.map(() => 'submitted'));
    expect(await receiver.stored()).to.deep.equal([]);
    // The device holds the ten responses waiting to be sent, and nothing else: no draft, no answers on screen.
    expect((await store.keys('')).every((key) => key.startsWith('outbox:'))).to.equal(true);
    expect(await el.pendingDeliveries()).to.have.length(10);
    for (const marker of markers) expect(foundInDom(el, marker)).to.deep.equal([]);
    // While down, each response was tried once, at its submit; the retries wait for the backoff.
    expect(await receiver.requests()).to.have.length(10);

    await receiver.recover();
    // Only the fake clock moves the schedule: thirty simulated seconds at a time, with real time for the requests.
    // Ten failed sends in a row took the endpoint's backoff to its cap (30 min here, 5 min by default): the
    // backlog goes out after it, each response once.
    let seconds = 0;
    while ((await store.keys('')).length > 0) {
      expect(seconds, 'simulated seconds for the backlog to drain').to.be.below(60 * 60);
      clock.tick(30_000);
      seconds += 30;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await until(async () => (await receiver.stored()).length === 10, 'all ten were stored');
    const stored = await receiver.stored();
    expect(stored.map((r) => r.answers['convenience-reason']).sort()).to.deep.equal([...markers].sort());
    expect(new Set(stored.map((r) => r.responseId)).size).to.equal(10);
    for (const response of stored) expect(response.collection).to.deep.equal({ mode: 'kiosk' });
    // Each delivered once: ten requests went through after the recovery, none sent twice.
    const succeeded = (await receiver.requests()).filter((request) => request.fault === null);
    expect(succeeded).to.have.length(10);
    expect(new Set(succeeded.map((request) => request.idempotencyKey)).size).to.equal(10);
    expect(await store.keys(''), 'IndexedDB').to.deep.equal([]);
  });
});
