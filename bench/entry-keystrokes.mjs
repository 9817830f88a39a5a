// Keystroke → screen for <sipas-entry>: how long the keying screen takes from a key press to its DOM being
// updated (the answer recorded, the row shown, the cursor moved), against a hand-written floor doing the same job
// with plain DOM calls, at CPU ×1 and ×4 in the machine's Chromium. A frame is 16.7 ms; the bench reports, it
// never fails a build. Run after `npm run build`: node bench/entry-keystrokes.mjs [--keys 300]
// The table is printed and saved to bench/results/entry-keystrokes.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({ options: { keys: { type: 'string', default: '300' } } });
const KEYS = Math.max(50, Number(options.keys));
const FRAME_MS = 1000 / 60;

/*
 * Both pages record, for every key, the time from the key event's first listener to the end of the work it causes: the floor's
 * handler is synchronous; the element's update is awaited (a listener on window runs after the element's own).
 */
const recorder = `
  window.keyTimes = [];
  let start = 0;
  // From the first listener (capture, on window) to the end of the work: the page's own time, not the time the
  // key waited for a busy main thread before its event ran.
  window.addEventListener('keydown', () => (start = performance.now()), { capture: true });
  window.addEventListener('keydown', async () => {
    const began = start;
    const el = document.querySelector('sipas-entry');
    if (el) await el.updateComplete;
    window.keyTimes.push(performance.now() - began);
  });`;

/** The floor: one input per row, the code written in and the cursor moved on by hand, a status line updated. */
const floor = `
  const rows = Array.from({ length: 40 }, (_, i) => {
    const row = document.createElement('p');
    const input = Object.assign(document.createElement('input'), { id: 'r' + i });
    const label = Object.assign(document.createElement('label'), { htmlFor: input.id, textContent: 'Câu ' + (i + 1) });
    const chosen = document.createElement('span');
    row.append(label, input, chosen);
    document.body.append(row);
    return { input, chosen };
  });
  const status = document.body.appendChild(document.createElement('p'));
  document.body.addEventListener('keydown', (event) => {
    const at = rows.findIndex((row) => row.input === document.activeElement);
    if (at < 0 || event.key.length !== 1) return;
    event.preventDefault();
    rows[at].input.value = event.key;
    rows[at].chosen.textContent = event.key + ' Hài lòng';
    status.textContent = '';
    rows[(at + 1) % rows.length].input.focus();
  });
  rows[0].input.focus();`;

const pages = {
  floor: `<!doctype html><meta charset="utf-8"><title>floor</title><body><script type="module">${recorder}${floor}</script></body>`,
  entry:
    '<!doctype html><meta charset="utf-8"><title>entry</title><script type="module" src="/dist/sipas-entry.min.js"></script>' +
    `<body><sipas-entry questionnaire="sipas-2017" batch="bench" enumerator="bench"></sipas-entry><script type="module">${recorder}</script></body>`,
};

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url, 'http://127.0.0.1');
  const page = /^\/page\/(\w+)$/.exec(pathname)?.[1];
  if (page && pages[page]) return response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(pages[page]);
  const file = normalize(join(root, decodeURIComponent(pathname)));
  try {
    if (!file.startsWith(join(root, 'dist') + sep)) throw new Error('outside dist');
    response.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(readFileSync(file));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

/** The key a clerk presses on the focused row of sipas-2017: codes, Enter after a multiple choice, Tab past text. */
async function nextKey(page, formNumber) {
  return page.evaluate((formNumber) => {
    const el = document.querySelector('sipas-entry');
    const active = el.shadowRoot.activeElement;
    if (!active || active.id === 'form-number') return active?.value ? 'Enter' : String(formNumber);
    if (active.id === 'save') return 'Enter';
    const item = active.dataset.item;
    if (item === 'feedback-given') return '2';
    if (item === 'expectations') return active.value ? 'Enter' : '1';
    if (active.tagName === 'TEXTAREA' || item === 'expectations-other') return 'Tab';
    return active.closest('li')?.querySelector('.chosen')?.textContent?.includes('1–5') ? '4' : '1';
  }, formNumber);
}

async function measure(name, throttle) {
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${origin}/page/${name}`);
  if (name === 'entry') await page.waitForFunction(() => document.querySelector('sipas-entry')?.shadowRoot?.activeElement?.id === 'form-number');
  else await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  let formNumber = 1;
  for (let pressed = 0; pressed < KEYS; pressed++) {
    const key = name === 'entry' ? await nextKey(page, formNumber) : '4';
    if (key === 'Enter' && name === 'entry' && (await page.evaluate(() => document.querySelector('sipas-entry').shadowRoot.activeElement?.id === 'save'))) formNumber++;
    await page.keyboard.press(key);
    await page.waitForFunction((count) => window.keyTimes.length >= count, pressed + 1);
  }
  const times = (await page.evaluate(() => window.keyTimes)).sort((a, b) => a - b);
  await page.close();
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p95: at(0.95), max: times.at(-1), withinFrame: times.filter((t) => t <= FRAME_MS).length / times.length };
}

const rows = [];
for (const throttle of [1, 4]) {
  const results = { floor: await measure('floor', throttle), entry: await measure('entry', throttle) };
  for (const [name, r] of Object.entries(results)) {
    rows.push(
      `| ${name === 'entry' ? '<sipas-entry> (CDN bundle)' : 'hand-written DOM (floor)'} | ×${throttle} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} | ${(r.withinFrame * 100).toFixed(0)} % | ${(r.p95 / results.floor.p95).toFixed(2)}× |`,
    );
  }
}
await browser.close();
server.close();

const table = [
  `Keystroke → DOM updated, ${KEYS} keys keying sipas-2017 forms (ms; a frame is ${FRAME_MS.toFixed(1)} ms)`,
  '',
  '| page | CPU | p50 | p95 | max | within a frame | p95 / floor |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
].join('\n');
console.log(table);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/entry-keystrokes.md'), `${table}\n`);
