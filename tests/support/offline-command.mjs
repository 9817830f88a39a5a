// A test-runner command that takes a real browser context offline, the way a phone loses its signal: it opens
// the built bundle in a second Chromium driven by playwright-core (the test page itself cannot go offline without
// cutting its own connection to the test runner), answers, submits while offline, then comes back online.
import { chromium } from 'playwright-core';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** What the page shows at each moment, and nothing else: the test on the browser side checks the receiver. */
async function submitWhileOffline({ origin, endpoint }) {
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/tests/fixtures/offline.html?endpoint=${encodeURIComponent(endpoint)}`);
    const survey = page.locator('sipas-survey');
    await survey.locator('form').waitFor();
    // Every required question, as a citizen answers it: "4 Hài lòng", and "Không" at the feedback gate.
    await page.evaluate(async () => {
      const el = document.querySelector('sipas-survey');
      for (const fieldset of el.shadowRoot.querySelectorAll('fieldset')) {
        const required = fieldset.querySelector('input[required]');
        if (!required) continue;
        (fieldset.querySelector('input[value="4"], input[value="no"]') ?? required).click();
        await el.updateComplete;
      }
    });
    const status = survey.locator('[part=delivery-status]');
    await context.setOffline(true);
    await survey.locator('button[part=submit]').click();
    await status.and(page.locator('[data-status=queued]')).waitFor({ timeout: 15_000 });
    const offlineText = await status.textContent();
    const offlineState = await survey.evaluate((el) => el.matches(':state(offline)'));
    await context.setOffline(false);
    await status.and(page.locator('[data-status=sent]')).waitFor({ timeout: 15_000 });
    return { offlineText, offlineState, onlineText: await status.textContent() };
  } finally {
    await browser.close();
  }
}

export function offlineCommandPlugin() {
  return {
    name: 'sipas-offline-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'submit-while-offline') return undefined;
      const origin = new URL(session.browser.getPage(session.id).url()).origin;
      return submitWhileOffline({ origin, endpoint: payload.endpoint });
    },
  };
}
