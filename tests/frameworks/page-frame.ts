import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import { until } from '../support/delivery.js';
import { settle } from '../support/harness.js';

export interface LoadedPage {
  frame: HTMLIFrameElement;
  win: Window;
  /** The page's first <sipas-survey>, rendered. */
  survey: SipasSurvey;
}

/** Polls `probe` (with `until`) until it returns a value, for at most `ms`, and returns that value. */
export async function waitFor<T>(probe: () => T | null | undefined, what: string, ms = 5000): Promise<T> {
  let value: T | null | undefined;
  await until(() => (value = probe()) !== null && value !== undefined, what, ms);
  return value as T;
}

/** Loads a page (e.g. a demo) in an 800 × 600 iframe and waits until its <sipas-survey>, however created, has rendered. */
export async function loadPage(src: string): Promise<LoadedPage> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = src;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  // Frameworks create the element after the page has loaded (React renders in a later task).
  const survey = await waitFor(() => win.document.querySelector<SipasSurvey>('sipas-survey'), `<sipas-survey> in ${src}`);
  await win.customElements.whenDefined('sipas-survey');
  await settle(survey);
  return { frame, win, survey };
}
