// The benchmark behind `npm run bench` (which builds first): sipas-survey against the hand-written DOM floor
// and SurveyJS, in the machine's Chromium, pages served from 127.0.0.1. Prints one Markdown table and saves it to
// bench/results/latest.md. Budgets come from ../shared/guides/performance.md; the bench reports them, it never
// fails a build.
//
// Usage: node bench/run.mjs [--runs 5] [--instances 50] [--clicks 200]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { sipas2017 } from '../dist/definitions/sipas-2017.js';
import { totalCompressedSize } from './compressed-size.mjs';
import { controlsPerQuestionnaire, toBaselineQuestionnaire, toSurveyJsJson } from './questionnaire-formats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    instances: { type: 'string', default: '50' },
    clicks: { type: 'string', default: '200' },
  },
});
const RUNS = Math.max(1, Number(options.runs));
const INSTANCES = Math.max(1, Number(options.instances));
const CLICKS = Math.max(20, Number(options.clicks));
const THROTTLE = 4;
const SETTLE_MS = 500;
const KiB = 1024;
const MB = 1e6;

// ---- the pages ---------------------------------------------------------------------------------------------

const surveyJsVersion = JSON.parse(readFileSync(join(root, 'node_modules/survey-core/package.json'), 'utf8')).version;
const generated = {
  '/bench/probe.js': readFileSync(join(root, 'bench/page/probe.js')),
  '/bench/baseline.js': Buffer.from(
    `window.benchQuestionnaire=${JSON.stringify(toBaselineQuestionnaire(sipas2017))};\n${readFileSync(join(root, 'bench/page/baseline.js'), 'utf8')}`,
  ),
  '/bench/surveyjs.js': Buffer.from(
    `window.benchSurveyJson=${JSON.stringify(toSurveyJsJson(sipas2017))};\n${readFileSync(join(root, 'bench/page/surveyjs.js'), 'utf8')}`,
  ),
};
/** Folders the pages may load files from, as they ship. */
const servedFolders = ['dist', 'node_modules/survey-core', 'node_modules/survey-js-ui'];

const renderers = {
  baseline: {
    label: 'hand-written DOM (floor)',
    head: () => '',
    body: (n) => `<script src="/bench/baseline.js" data-instances="${n}"></script>`,
  },
  sipas: {
    label: 'sipas-survey (CDN bundle)',
    head: () => '<script type="module" src="/dist/sipas-survey.min.js"></script>',
    body: (n) => '<sipas-survey></sipas-survey>'.repeat(n),
  },
  surveyjs: {
    label: `SurveyJS ${surveyJsVersion}`,
    head: () =>
      [
        '<link rel="stylesheet" href="/node_modules/survey-core/survey-core.min.css">',
        '<script src="/node_modules/survey-core/survey.core.min.js"></script>',
        '<script src="/node_modules/survey-core/i18n/vietnamese.min.js"></script>',
        '<script src="/node_modules/survey-js-ui/survey-js-ui.min.js"></script>',
      ].join(''),
    body: (n) => `<script src="/bench/surveyjs.js" data-instances="${n}"></script>`,
  },
  blank: { label: 'blank page', head: () => '', body: () => '' },
};
const compared = ['baseline', 'sipas', 'surveyjs'];
const controlsPerInstance = controlsPerQuestionnaire(sipas2017);

function pageHtml(name, instances) {
  const renderer = renderers[name];
  const expected = name === 'blank' ? 0 : controlsPerInstance * instances;
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${name}</title><script src="/bench/probe.js" data-expected-inputs="${expected}"></script>${renderer.head()}</head>` +
    `<body>${renderer.body(instances)}</body></html>`
  );
}

const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html' };

/** The bytes served for a path, or undefined: generated scripts, then files under the served folders. */
function servedBytes(pathname) {
  if (generated[pathname]) return generated[pathname];
  const file = normalize(join(root, decodeURIComponent(pathname)));
  const allowed = servedFolders.some((folder) => file.startsWith(join(root, folder) + sep));
  return allowed && existsSync(file) ? readFileSync(file) : undefined;
}

const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://127.0.0.1');
  const page = /^\/page\/(\w+)$/.exec(url.pathname);
  const body = page && renderers[page[1]] ? Buffer.from(pageHtml(page[1], Number(url.searchParams.get('n') || 1))) : servedBytes(url.pathname);
  if (!body) {
    response.writeHead(404).end();
    return;
  }
  const type = page ? 'text/html' : types[extname(url.pathname)] ?? 'application/octet-stream';
  response.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' }).end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---- measuring -----------------------------------------------------------------------------------------------

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    // Any host but 127.0.0.1 fails at once (SurveyJS's CSS names web fonts on a third-party host).
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
});

/**
 * Loads one page in a fresh browser context and returns when every form control is rendered: the time the
 * page recorded (ms since navigation start), the paths it requested and, on request, its JS heap after GC.
 */
async function measurePage(name, { instances = 1, throttle = 1, heap = false, inPage } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const paths = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      paths.push(path);
    });
    await page.goto(`${origin}/page/${name}?n=${instances}`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => window.benchResult, null, { polling: 50, timeout: 180_000 });
    const result = await handle.jsonValue();
    const expected = name === 'blank' ? 0 : controlsPerInstance * instances;
    if (result.controls !== expected) console.warn(`note: ${name} rendered ${result.controls} form controls, expected ${expected}`);
    let heapUsed;
    if (heap) {
      // Chunks a page fetches after first paint count in its bytes and its heap.
      await page.evaluate(resourcesSettled);
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      heapUsed = (await cdp.send('Runtime.getHeapUsage')).usedSize;
    }
    const extra = inPage ? await page.evaluate(inPage.fn, inPage.arg) : undefined;
    // Files requested before sipas-survey marked its questions as shown: what the page must load to show them.
    // Other renderers set no mark, so for them everything counts.
    const firstPaintPaths = await page.evaluate(() => {
      const shown = performance.getEntriesByName('sipas-survey:questionnaire-shown')[0];
      return performance
        .getEntriesByType('resource')
        .filter((entry) => !shown || entry.startTime < shown.startTime)
        .map((entry) => new URL(entry.name).pathname);
    });
    return { renderedAt: result.renderedAt, paths, firstPaintPaths, heapUsed, extra };
  } finally {
    await context.close();
    // Lets the closed page's processes wind down (a 50-survey SurveyJS page collects tens of MB), so that the next
    // page, whichever renderer it is, does not share the two cores with them.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  }
}

/** Resolves once no new resource entry has appeared for 300 ms (at most 5 s); runs in the page. */
async function resourcesSettled() {
  const deadline = performance.now() + 5000;
  for (let seen = -1; performance.now() < deadline; ) {
    const count = performance.getEntriesByType('resource').length;
    if (count === seen) return;
    seen = count;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

/** Clicks radios of the rendered widget, one per frame, timing click → Lit update done → layout, in the page. */
async function clickDurations(clicks) {
  const el = document.querySelector('sipas-survey');
  const radios = [...el.shadowRoot.querySelectorAll('input[type=radio]')];
  const durations = [];
  for (let i = 0; i < clicks; i++) {
    const radio = radios[(i * 7) % radios.length];
    await new Promise(requestAnimationFrame);
    const start = performance.now();
    radio.click();
    await el.updateComplete;
    void el.offsetHeight;
    durations.push(performance.now() - start);
    if (!radio.checked) throw new Error(`radio ${radio.name}=${radio.value} is not checked after its click`);
  }
  if (Object.keys(el.answers).length === 0) throw new Error('the clicks recorded no answer');
  return durations;
}

const samples = {};
const record = (key, value) => (samples[key] ??= []).push(value);
const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

const bytesLoaded = {};
const bytesToShow = {};
const started = performance.now();
process.stderr.write(`warm-up…`);
for (const name of compared) await measurePage(name);
for (let run = 0; run < RUNS; run++) {
  process.stderr.write(` run ${run + 1}/${RUNS}…`);
  const order = rotate(compared, run);
  record('heap:blank', (await measurePage('blank', { heap: true })).heapUsed);
  for (const name of order) {
    const { renderedAt, heapUsed, paths, firstPaintPaths } = await measurePage(name, { heap: true });
    record(`startup:${name}`, renderedAt);
    record(`heap:${name}`, heapUsed);
    // What the renderer costs: every file served, but the page itself and the probe (favicon requests 404).
    // Read now: a rebuild of dist/ later in the run would rename the chunks.
    const rendererFiles = (list) => [...new Set(list)].filter((path) => !path.startsWith('/page/') && path !== '/bench/probe.js').map(servedBytes).filter(Boolean);
    bytesLoaded[name] ??= rendererFiles(paths);
    bytesToShow[name] ??= rendererFiles([...firstPaintPaths, ...(name === 'sipas' ? [] : paths)]);
  }
  for (const name of order) record(`many:${name}`, (await measurePage(name, { instances: INSTANCES })).renderedAt);
  for (const name of order) record(`throttled:${name}`, (await measurePage(name, { throttle: THROTTLE })).renderedAt);
  const { extra } = await measurePage('sipas', { inPage: { fn: clickDurations, arg: CLICKS } });
  record('click-p95:sipas', percentile(extra, 95));
}
process.stderr.write(` done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
const chromiumVersion = browser.version();
await browser.close();
server.close();

// ---- scoring (its own script, written with the scoring module) ---------------------------------------------

/**
 * The scoring figures from bench/scoring.mjs when it exists (kept short: 100,000 responses, 2 runs): the library's
 * streaming rate and the command line's on five times that, and the slower of the two for the budget.
 */
function scoringFigure() {
  const script = join(root, 'bench/scoring.mjs');
  if (!existsSync(script)) return undefined;
  const output = execFileSync(process.execPath, [script, '--n', '100000', '--runs', '2'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  const figures = /^figures: (.*)$/m.exec(output);
  if (!figures) return { line: output.trim().split('\n').at(-1), perSecond: undefined };
  const { library, cli, cliLines, startupMs } = JSON.parse(figures[1]);
  return {
    line: `library: ${library.toLocaleString('en')} responses/s; sipas-score CLI: ${cli.toLocaleString('en')} responses/s on ${cliLines.toLocaleString('en')} lines, whole process (start-up ${startupMs} ms)`,
    perSecond: Math.min(library, cli),
  };
}
const scoring = scoringFigure();

// ---- the table ------------------------------------------------------------------------------------------------

const stats = (key) => {
  const values = [...samples[key]].sort((a, b) => a - b);
  return { median: percentile(values, 50), min: values[0], max: values.at(-1) };
};
const heapAboveBlank = (name) => {
  const blank = stats('heap:blank').median;
  return samples[`heap:${name}`].map((used) => used - blank);
};
for (const name of compared) samples[`heap-above:${name}`] = heapAboveBlank(name);

const sizes = Object.fromEntries(compared.map((name) => [name, totalCompressedSize(bytesLoaded[name])]));
const sizesToShow = Object.fromEntries(compared.map((name) => [name, totalCompressedSize(bytesToShow[name])]));
const ms = ({ median, min, max }, digits = 0) => `${median.toFixed(digits)} ms (${min.toFixed(digits)}–${max.toFixed(digits)})`;
const mb = ({ median, min, max }) => `${(median / MB).toFixed(2)} MB (${(min / MB).toFixed(2)}–${(max / MB).toFixed(2)})`;
const kib = ({ brotli, gzip }) => `${(brotli / KiB).toFixed(1)} KiB (gzip ${(gzip / KiB).toFixed(1)})`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const verdict = (ok) => (ok ? 'pass' : '**FAIL**');

const timed = (measure, label) => {
  const [base, ours, peer] = compared.map((name) => stats(`${measure}:${name}`));
  return { label, cells: [ms(base), ms(ours), ms(peer)], base: base.median, ours: ours.median, peer: peer.median };
};
const startup = timed('startup', 'page start → every input in the DOM, laid out');
const many = timed('many', `${INSTANCES} questionnaires on one page, all rendered`);
const throttled = timed('throttled', `start-up with the CPU ${THROTTLE}× slower`);
const heap = compared.map((name) => stats(`heap-above:${name}`));
const click = stats('click-p95:sipas');

const rows = [
  ['bytes a page loads to show the questionnaire, brotli -11 (gzip -9)', ...compared.map((name) => kib(sizesToShow[name])), '—',
    ratio(sizesToShow.surveyjs.brotli, sizesToShow.sipas.brotli), '≤ 20 KiB brotli', verdict(sizesToShow.sipas.brotli <= 20 * KiB)],
  ['bytes a page loads in all, code fetched after the questions are shown included', ...compared.map((name) => kib(sizes[name])), '—',
    ratio(sizes.surveyjs.brotli, sizes.sipas.brotli), 'reported', '—'],
  [startup.label, ...startup.cells, ratio(startup.ours, startup.base), ratio(startup.peer, startup.ours),
    '≤ 1.25× floor; SurveyJS ≥ 4× slower', `${verdict(startup.ours <= 1.25 * startup.base)}; ${verdict(startup.peer >= 4 * startup.ours)}`],
  [many.label, ...many.cells, ratio(many.ours, many.base), ratio(many.peer, many.ours), '≤ 1.25× floor', verdict(many.ours <= 1.25 * many.base)],
  ['JS heap, one questionnaire, after GC, above a blank page', ...heap.map(mb), ratio(heap[1].median, heap[0].median), ratio(heap[2].median, heap[1].median),
    '≤ 2 MB', verdict(heap[1].median <= 2 * MB)],
  [throttled.label, ...throttled.cells, ratio(throttled.ours, throttled.base), ratio(throttled.peer, throttled.ours), 'reported', '—'],
  [`click on an answer → DOM updated and laid out, p95 of ${CLICKS} clicks`, '—', ms(click, 1), '—', '—', '—',
    '< 16 ms', verdict(click.median < 16)],
  ['scoring in Node (bench/scoring.mjs)', '—', scoring ? scoring.line : 'scoring: not yet available', '—', '—', '—', '≥ 100,000 responses/s',
    scoring?.perSecond !== undefined ? verdict(scoring.perSecond >= 100_000) : '—'],
];

const cpuModel = cpus()[0]?.model ?? 'unknown CPU';
const header = ['measure (median of runs, min–max)', ...compared.map((name) => renderers[name].label), 'sipas ÷ floor', 'SurveyJS ÷ sipas', 'budget', 'result'];
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
const machine =
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpuModel} (nproc ${cpus().length}), ` +
  `Chromium ${chromiumVersion} headless, Node ${process.version}; ${RUNS} runs after a warm-up, renderers interleaved, ` +
  `a fresh browser context per page; ${controlsPerInstance} form controls per questionnaire (sipas-2017, Vietnamese).`;
const output = `${table}\n\n${machine}\n`;

console.log(output);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.md'), output);
