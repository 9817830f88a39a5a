import { fixture, html } from '@open-wc/testing';
import { clear, createStore } from 'idb-keyval';
import { DEFAULT_DATABASE } from '../../src/persistence/idb-store.js';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import type { Definition } from '../../src/schema/definition.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';

/**
 * A survey element in a fresh fixture, rendered and ready. The test file decides which build registers the tag:
 * the sources (`import '../../src/define.js'`) or the CDN bundle.
 */
export async function surveyFixture(template = html`<sipas-survey></sipas-survey>`): Promise<SipasSurvey> {
  await clearLibraryStorage();
  const el = await fixture<SipasSurvey>(template);
  await settle(el);
  return el;
}

/**
 * Empties the library's own IndexedDB store, so that no draft or outbox entry of an earlier test (all test files
 * share one origin) is restored into this one. Writes queued before it complete first: IndexedDB orders them.
 */
export async function clearLibraryStorage(): Promise<void> {
  await clear(createStore(DEFAULT_DATABASE, 'kv'));
}

/** Waits until the element has resolved its questionnaire (built-in, or loaded on demand) and rendered. */
export async function settle(el: SipasSurvey): Promise<void> {
  for (let i = 0; i < 400; i++) {
    await el.updateComplete;
    if (!el.isUpdatePending && !el.shadowRoot?.querySelector('.loading')) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error('<sipas-survey> did not finish loading within 2 s');
}

export const root = (el: SipasSurvey) => el.shadowRoot!;

/** Answers one question the way a citizen does: by clicking its native input, or typing. */
export async function answer(el: SipasSurvey, itemId: string, value: number | string | string[]): Promise<void> {
  const question = root(el).getElementById(`q-${itemId}`);
  if (!question) throw new Error(`question ${itemId} is not shown`);
  const text = question.querySelector<HTMLInputElement | HTMLTextAreaElement>('input[type=text], textarea');
  if (text) {
    text.value = String(value);
    text.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  } else {
    for (const v of Array.isArray(value) ? value : [value]) {
      const input = question.querySelector<HTMLInputElement>(`input[value="${CSS.escape(String(v))}"]`);
      if (!input) throw new Error(`question ${itemId} has no option ${v}`);
      input.click();
    }
  }
  await el.updateComplete;
}

/** Waits until a submit in progress (which loads the response schema on first use) has finished. */
export async function waitForSubmit(el: SipasSurvey): Promise<void> {
  await el.updateComplete;
  // The first submit of a run loads the response schema (zod): the test server transforms it cold, which can take seconds.
  for (let i = 0; i < 1000 && el.matches(':state(submitting)'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  await el.updateComplete;
}

/** Clicks the submit button and waits for the outcome. */
export async function submit(el: SipasSurvey): Promise<void> {
  root(el).querySelector<HTMLButtonElement>('button[type=submit]')!.click();
  await waitForSubmit(el);
}

/** The error messages shown next to questions, keyed by item id. */
export function errors(el: SipasSurvey): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const p of root(el).querySelectorAll<HTMLElement>('.error[id^="e-"]')) shown[p.id.slice(2)] = p.textContent!.trim();
  return shown;
}

/** Ids of the questions shown, in order. */
export function shownQuestions(el: SipasSurvey): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('.question')].map((q) => q.id.slice(2));
}

/** Answers every required question of a definition (ratings satisfied, choices their first option). */
export async function completeRequired(el: SipasSurvey, definition: Definition = sipas2017): Promise<void> {
  for (const item of definition.sections.flatMap((s) => s.items)) {
    if (!item.required || !shownQuestions(el).includes(item.id)) continue;
    // The scale's lowest satisfied code: 4 on the 5-level scale, 2 on the 3-level ones.
    if (item.type === 'rating') await answer(el, item.id, definition.scales.find((s) => s.id === item.scale)!.satisfiedCodes[0]!);
    else if (item.type === 'choice') await answer(el, item.id, item.id === 'feedback-given' ? 'no' : item.options[0]!.value);
    else await answer(el, item.id, 'ok');
  }
}

/** Collects what would reach the host page's own error handlers while `run` runs. */
export async function uncaughtDuring(run: () => Promise<void>): Promise<string[]> {
  const uncaught: string[] = [];
  const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    await new Promise((resolve) => setTimeout(resolve, 20));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return uncaught;
}
