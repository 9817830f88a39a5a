// A test-runner command that prints a page to PDF the way a commune's clerk does (Chromium's own print, A4), under
// the strict CSP the demo portal sends, and reads the PDF back with an independent tool: poppler's pdftotext, in content
// stream order (the order the form was laid out). The test on the browser side checks the text.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { SECURITY_HEADERS } from '../../server/start.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const run = promisify(execFile);

/** One Chromium for every print of a run, started on first use. */
let browserLaunch;
const browser = () => (browserLaunch ??= chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] }));

/** The PDF's pages as text, each page's lines joined by single spaces, plus what the page reported while printing. */
async function printToPdf(url) {
  const folder = await mkdtemp(join(tmpdir(), 'sipas-print-'));
  const page = await (await browser()).newPage();
  try {
    const problems = [];
    // The test server's own live-reload socket (/wds) is not part of the page under test.
    page.on('console', (message) => message.type() === 'error' && !message.text().includes('/wds') && problems.push(message.text()));
    page.on('pageerror', (error) => problems.push(String(error)));
    await page.route('**/*', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': SECURITY_HEADERS['Content-Security-Policy'] } });
    });
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('sipas-survey')?.shadowRoot?.querySelector('.paper, .configuration-error'));
    const pdf = join(folder, 'form.pdf');
    await writeFile(pdf, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const { stdout } = await run('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-']);
    const pages = stdout.split('\f').slice(0, -1).map((text) => text.normalize('NFC').replace(/\s+/g, ' ').trim());
    return { pages, problems };
  } finally {
    await page.close();
    await rm(folder, { recursive: true, force: true });
  }
}

/** Prints by URL, each once: a print outlives one command's time limit on a busy machine, so the test asks again. */
const prints = new Map();
const STILL_PRINTING = { pending: true };

async function printedOrPending(url) {
  if (!prints.has(url)) prints.set(url, printToPdf(url).then((printed) => ({ printed }), (error) => ({ error: String(error) })));
  const outcome = await Promise.race([prints.get(url), new Promise((resolve) => setTimeout(resolve, 10_000, STILL_PRINTING))]);
  if (outcome !== STILL_PRINTING) prints.delete(url);
  if (outcome.error) throw new Error(outcome.error);
  return outcome.printed ?? outcome;
}

export function printCommandPlugin() {
  return {
    name: 'sipas-print-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'print-to-pdf') return undefined;
      const origin = new URL(session.browser.getPage(session.id).url()).origin;
      return printedOrPending(new URL(payload.path, origin).href);
    },
    async serverStop() {
      if (browserLaunch) await (await browserLaunch).close();
    },
  };
}
