import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadPage } from '../frameworks/page-frame.js';

type Sizes = Record<string, { raw: number; gzip: number; brotli: number }>;

/** The performance guide's budget for everything a page loads to show the default questionnaire. */
const BROTLI_BUDGET = 20 * 1024;

/** Resource entries of a window, once no new one has appeared for 300 ms (chunks loaded after first paint count too). */
async function resourcesWhenQuiet(win: Window): Promise<PerformanceResourceTiming[]> {
  for (let seen = -1; ; ) {
    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    if (entries.length === seen) return entries;
    seen = entries.length;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

describe('bytes a page loads for the default questionnaire', () => {
  it(`stay within ${BROTLI_BUDGET / 1024} KiB brotli -11, counting every file the page fetches`, async () => {
    const { frame, win, survey } = await loadPage('/tests/build/fixtures/default-questionnaire.html');
    try {
      expect(survey.shadowRoot!.querySelectorAll('input[type=radio]').length).to.be.greaterThan(100);
      const urls = (await resourcesWhenQuiet(win))
        .map((entry) => new URL(entry.name))
        .filter((url) => !url.pathname.startsWith('/__web-dev-server')); // the test server's own script, not the page's
      expect(urls.filter((url) => url.origin !== location.origin || !url.pathname.startsWith('/dist/'))).to.deep.equal([]);
      const paths = [...new Set(urls.map((url) => url.pathname))];
      expect(paths).to.include('/dist/sipas-survey.min.js');
      const sizes = await executeServerCommand<Sizes, { paths: string[] }>('compressed-size', { paths });
      const brotli = Object.values(sizes).reduce((sum, size) => sum + size.brotli, 0);
      const listing = Object.entries(sizes).map(([path, size]) => `${path}: ${size.brotli} B`).join(', ');
      expect(brotli, `${brotli} B brotli in all (${listing})`).to.be.at.most(BROTLI_BUDGET);
    } finally {
      frame.remove();
    }
  });
});
