// Screenshots of the demo portal at phone (320, 375 px), tablet and desktop widths, light and dark, Vietnamese and English,
// driven through the demo's own switches; per width and theme also the errors of a submit with nothing answered,
// and at 1280 px the survey in a 320 px container (the width switch), which pages itself.
// Usage: node scripts/screenshots.mjs [url] (default http://127.0.0.1:8080/), files go to screenshots/;
// FULL=1 takes whole pages instead of the first screen.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:8080/';
const out = new URL('../screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });
const fullPage = process.env.FULL === '1';
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});

const problems = [];
/** Records sideways scrolling of the page, and of the survey's own box (content clipped or scrolling inside it). */
async function checkOverflow(page, name) {
  const { pageOverflow, surveyOverflow } = await page.evaluate(() => {
    const base = document.querySelector('sipas-survey').shadowRoot.querySelector('[part=base]');
    return {
      pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      surveyOverflow: base.scrollWidth - base.clientWidth,
    };
  });
  if (pageOverflow > 0) problems.push(`${name}: the page scrolls sideways by ${pageOverflow}px`);
  if (surveyOverflow > 0) problems.push(`${name}: the survey's content is ${surveyOverflow}px wider than its box`);
}

async function shoot(page, name) {
  await checkOverflow(page, name);
  await page.screenshot({ path: new URL(`${name}.png`, out).pathname, fullPage });
}

/** Opens the demo with the theme and language switches set as a visitor would set them. */
async function open(width, theme, lang) {
  // The emulated system preference matches the switch, so the page looks as it would for such a visitor.
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: theme });
  await page.goto(url);
  await page.selectOption('#theme', theme);
  await page.selectOption('#lang', lang);
  await page.waitForFunction(() => document.querySelector('sipas-survey')?.shadowRoot?.querySelector('form'));
  await page.evaluate(() => document.fonts.ready);
  return page;
}

for (const width of [320, 375, 768, 1280]) {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['vi', 'en']) {
      const page = await open(width, theme, lang);
      await shoot(page, `demo-${width}-${theme}-${lang}`);
      if (lang === 'vi') {
        // The form's main button: "Gửi phiếu" in one page, "Tiếp theo" in steps; either shows the errors.
        await page.locator('sipas-survey form button[type=submit]').click();
        await page.locator('sipas-survey .error-summary').waitFor();
        await shoot(page, `demo-${width}-${theme}-${lang}-errors`);
      }
      await page.close();
    }
  }
}

const page = await open(1280, 'light', 'vi');
await page.selectOption('#width', '320');
await page.locator('sipas-survey .progress').waitFor();
await checkOverflow(page, 'demo-1280-light-vi-container-320');
await page.locator('#survey').screenshot({ path: new URL('demo-1280-light-vi-container-320.png', out).pathname });
await page.close();

await browser.close();
console.log(problems.length ? problems.join('\n') : 'no horizontal scroll at any width');
