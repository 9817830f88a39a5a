import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadPage } from '../frameworks/page-frame.js';

type Sizes = Record<string, { raw: number; gzip: number; brotli: number }>;

/**
 * A regression guard for everything a page must load to show the default questionnaire: 19.9 KiB since the English
 * (the widget's strings and the questionnaire's text) loads only on English pages, with 0.3 KiB of slack. The
 * performance guide's budget is 16 KiB; `npm run bench` reports it, and it is not met yet.
 */
const BROTLI_BUDGET = 20.2 * 1024;
/** Everything the page loads, the code that comes after the questions are on screen included (zod, drafts, delivery). */
const TOTAL_BROTLI_BUDGET = 36 * 1024;

/** Resource entries of a window, once no new one has appeared for 300 ms. */
async function resourcesWhenQuiet(win: Window): Promise<PerformanceResourceTiming[]> {
  for (let seen = -1; ; ) {
    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    if (entries.length === seen) return entries;
    seen = entries.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('bytes a page loads for the default questionnaire', () => {
  it(`stay within ${BROTLI_BUDGET / 1024} KiB brotli -11 to show it, ${TOTAL_BROTLI_BUDGET / 1024} KiB in all`, async () => {
    const { frame, win, survey } = await loadPage('/tests/build/fixtures/default-questionnaire.html');
    try {
      expect(survey.shadowRoot!.querySelectorAll('input[type=radio]').length).to.be.greaterThan(100);
      const entries = (await resourcesWhenQuiet(win)).filter((entry) => !new URL(entry.name).pathname.startsWith('/__web-dev-server')); // the test server's own script
      const urls = entries.map((entry) => new URL(entry.name));
      expect(urls.filter((url) => url.origin !== location.origin || !url.pathname.startsWith('/dist/'))).to.deep.equal([]);
      const shown = win.performance.getEntriesByName('sipas-survey:questionnaire-shown')[0];
      expect(shown, 'the element marks when the questions are on screen').to.not.equal(undefined);
      // Requested before the questions were on screen: what the page must load to show them.
      const critical = entries.filter((entry) => entry.startTime < shown!.startTime).map((entry) => new URL(entry.name).pathname);
      const all = [...new Set(urls.map((url) => url.pathname))];
      expect(critical).to.include('/dist/sipas-survey.min.js');
      const sizes = await executeServerCommand<Sizes, { paths: string[] }>('compressed-size', { paths: all });
      const sum = (paths: string[]) => paths.reduce((total, path) => total + sizes[path]!.brotli, 0);
      const listing = (paths: string[]) => paths.map((path) => `${path}: ${sizes[path]!.brotli} B`).join(', ');
      expect(sum(critical), `${sum(critical)} B brotli to show the questions (${listing(critical)})`).to.be.at.most(BROTLI_BUDGET);
      expect(sum(all), `${sum(all)} B brotli in all (${listing(all)})`).to.be.at.most(TOTAL_BROTLI_BUDGET);
      expect(critical.length, 'some code must wait until after the questions are shown').to.be.lessThan(all.length);
    } finally {
      frame.remove();
    }
  });
});
