// Screenshots of the demo portal at phone, tablet and desktop widths, light and dark, Vietnamese and English.
// Usage: node scripts/screenshots.mjs [url] (default http://127.0.0.1:8080/), files go to screenshots/.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const url = process.argv[2] ?? 'http://127.0.0.1:8080/';
const out = new URL('../screenshots/', import.meta.url);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
const problems = [];
for (const width of [320, 768, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    for (const lang of ['vi', 'en']) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(url);
      await page.selectOption('#lang', lang);
      await page.waitForFunction(() => document.querySelector('sipas-survey')?.shadowRoot?.querySelector('form'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) problems.push(`${width}px ${colorScheme} ${lang}: horizontal scroll of ${overflow}px`);
      const file = new URL(`demo-${width}-${colorScheme}-${lang}.png`, out);
      await page.screenshot({ path: file.pathname, fullPage: process.env.FULL === '1' });
      await page.close();
    }
  }
}
await browser.close();
console.log(problems.length ? problems.join('\n') : 'no horizontal scroll at any width');
