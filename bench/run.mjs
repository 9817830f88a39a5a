// The benchmark behind `npm run bench` (which builds first): sipas-survey against the hand-written DOM floor and
// SurveyJS, in the machine's Chromium, pages served from 127.0.0.1 compressed as a server would send them (brotli).
// Measured the honest way (../shared/guides/performance.md): every page's first script is the same inline probe, and
// start-up is timed from it; the floor is inline in its page and draws as many controls as our questionnaire shows;
// conditions are CPU ×1, CPU ×4, CPU ×4 + slow 4G and CPU ×4 + 3G (timed from navigation start, since the network is
// then the point) and 50 instances on one page; renderers interleaved, a fresh browser context per page, medians with
// min–max over the runs, and every figure a ratio to a baseline measured in the same run. Prints one Markdown table
// and saves it to bench/results/latest.md; it reports the budgets, it never fails a build.
//
// Then the index at volume (bench/sql-volume.mjs): --responses synthetic responses scored by sipas-score, by DuckDB and
// by PostgreSQL with the generated SQL, its own table printed after the first.
//
// Usage: node bench/run.mjs [--runs 5] [--instances 50] [--clicks 200] [--responses 1000000]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { brotliCompressSync } from 'node:zlib';
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
    // The index at volume: a million responses take hours with the SQL on a small machine (docs/sql.md), so the
    // whole bench defaults to a tenth of that; bench/sql-volume.mjs alone defaults to the million.
    responses: { type: 'string', default: '100000' },
  },
});
const RUNS = Math.max(1, Number(options.runs));
const INSTANCES = Math.max(1, Number(options.instances));
const CLICKS = Math.max(20, Number(options.clicks));
const SETTLE_MS = 500;
const KiB = 1024;
const MB = 1e6;

// ---- the pages ---------------------------------------------------------------------------------------------

const surveyJsVersion = JSON.parse(readFileSync(join(root, 'node_modules/survey-core/package.json'), 'utf8')).version;
const pageScript = (file) => readFileSync(join(root, 'bench/page', file), 'utf8');
const inline = (code, data = {}) =>
  `<script${Object.entries(data).map(([key, value]) => ` data-${key}="${value}"`).join('')}>${code.replaceAll('</script', '<\\/script')}</script>`;
const probe = pageScript('probe.js');
const floorScript = `window.benchQuestionnaire=${JSON.stringify(toBaselineQuestionnaire(sipas2017))};\n${pageScript('baseline.js')}`;
const surveyJsScript = `window.benchSurveyJson=${JSON.stringify(toSurveyJsJson(sipas2017))};\n${pageScript('surveyjs.js')}`;
/** Folders the pages may load files from, as they ship. */
const servedFolders = ['dist', 'node_modules/survey-core', 'node_modules/survey-js-ui'];

const renderers = {
  baseline: {
    label: 'hand-written DOM, inline (floor)',
    head: () => '',
    body: (n) => inline(floorScript, { instances: n }),
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
    body: (n) => inline(surveyJsScript, { instances: n }),
  },
};
const compared = ['baseline', 'sipas', 'surveyjs'];
const controlsPerInstance = controlsPerQuestionnaire(sipas2017);

function pageHtml(name, instances) {
  const renderer = renderers[name];
  return (
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${name}</title><link rel="icon" href="data:,">${inline(probe, { 'expected-inputs': controlsPerInstance * instances })}${renderer.head()}</head>` +
    `<body>${renderer.body(instances)}</body></html>`
  );
}

const types = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.html': 'text/html' };

/** The bytes served for a path, or undefined: files under the served folders. */
function servedBytes(pathname) {
  const file = normalize(join(root, decodeURIComponent(pathname)));
  const allowed = servedFolders.some((folder) => file.startsWith(join(root, folder) + sep));
  return allowed && existsSync(file) ? readFileSync(file) : undefined;
}

const brotliCache = new Map();
/** Brotli of a body, as a server with static compression would send it (cached: the bench times the browser). */
function brotli(key, bytes) {
  if (!brotliCache.has(key)) brotliCache.set(key, brotliCompressSync(bytes));
  return brotliCache.get(key);
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
  const headers = { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' };
  if (/\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
    response.writeHead(200, { ...headers, 'Content-Encoding': 'br' }).end(brotli(request.url, body));
  } else response.writeHead(200, headers).end(body);
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

/** Network profiles of a cheap phone (DevTools' emulation: latency per request, throughput in bytes per second). */
const networks = {
  'slow 4G': { latency: 150, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 },
  '3G': { latency: 300, downloadThroughput: (700e3 / 8) * 0.9, uploadThroughput: (700e3 / 8) * 0.9 },
};

/**
 * The conditions every renderer is timed in. `from`: which clock the figure reads (`fromScript`: the document's
 * first script; `fromNavigation`: navigation start, under network emulation). Budgets from the performance guide.
 */
const conditions = [
  { key: 'cpu1', label: 'CPU ×1: first script → every input in the DOM, laid out', throttle: 1, from: 'fromScript', budget: 1.25 },
  { key: 'cpu4', label: 'CPU ×4: first script → every input in the DOM, laid out', throttle: 4, from: 'fromScript', budget: 1.25 },
  { key: '4g', label: 'CPU ×4 + slow 4G (150 ms, 1.6 Mbit/s): navigation start → ready', throttle: 4, network: 'slow 4G', from: 'fromNavigation', budget: 1.2 },
  { key: '3g', label: 'CPU ×4 + 3G (300 ms, 700 kbit/s): navigation start → ready', throttle: 4, network: '3G', from: 'fromNavigation', budget: 1.2 },
  { key: 'many', label: `${INSTANCES} questionnaires on one page, CPU ×1: first script → all ready`, throttle: 1, instances: INSTANCES, from: 'fromScript', budget: 1.1 },
];
const SURVEYJS_AT_LEAST = 5;

/**
 * Loads one page in a fresh browser context and returns when every form control is rendered: the probe's times,
 * the paths the page requested and, on request, its JS heap after GC and the result of a function run in it.
 */
async function measurePage(name, { instances = 1, throttle = 1, network, heap = false, inPage } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    if (network) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...networks[network] });
    }
    const paths = [];
    page.on('request', (request) => paths.push(new URL(request.url()).pathname));
    await page.goto(`${origin}/page/${name}?n=${instances}`, { waitUntil: 'commit' });
    const handle = await page.waitForFunction(() => window.benchResult, null, { polling: 50, timeout: 180_000 });
    const result = await handle.jsonValue();
    const expected = controlsPerInstance * instances;
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
    return { result, paths, firstPaintPaths, heapUsed, extra };
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

/**
 * The page's DOM nodes, shadow roots included, by kind: what a renderer makes the browser build, style and lay out
 * for its controls. Deterministic, so one page per renderer; runs in the page.
 */
function countNodes() {
  const counts = { elements: 0, text: 0, comments: 0 };
  const walk = (parent) => {
    for (const node of parent.childNodes) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        counts.elements++;
        if (node.shadowRoot) walk(node.shadowRoot);
        walk(node);
      } else if (node.nodeType === Node.TEXT_NODE) counts.text++;
      else if (node.nodeType === Node.COMMENT_NODE) counts.comments++;
    }
  };
  walk(document.body);
  return counts;
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

const nodes = {};
const bytesLoaded = {};
const bytesToShow = {};
const started = performance.now();
process.stderr.write(`warm-up…`);
for (const name of compared) await measurePage(name);
for (let run = 0; run < RUNS; run++) {
  process.stderr.write(` run ${run + 1}/${RUNS}…`);
  const order = rotate(compared, run);
  for (const condition of conditions) {
    for (const name of order) {
      const first = condition.key === 'cpu1';
      const countOnce = first && run === 0 ? { fn: countNodes } : undefined;
      const { result, heapUsed, paths, firstPaintPaths, extra } = await measurePage(name, { ...condition, heap: first, inPage: countOnce });
      if (countOnce) nodes[name] = extra;
      record(`${condition.key}:${name}`, result[condition.from]);
      if (!first) continue;
      record(`heap:${name}`, heapUsed);
      // What the renderer costs: every file served but the page itself (its inline scripts are in the HTML).
      // Read now: a rebuild of dist/ later in the run would rename the chunks.
      const rendererFiles = (list) => [...new Set(list)].filter((path) => !path.startsWith('/page/')).map(servedBytes).filter(Boolean);
      bytesLoaded[name] ??= rendererFiles(paths);
      bytesToShow[name] ??= rendererFiles(name === 'sipas' ? firstPaintPaths : paths);
    }
  }
  const { extra } = await measurePage('sipas', { throttle: 4, inPage: { fn: clickDurations, arg: CLICKS } });
  record('click-p95:sipas', percentile(extra, 95));
}
process.stderr.write(` done in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
const chromiumVersion = browser.version();
await browser.close();
server.close();

// ---- scoring (its own script, written with the scoring module) ---------------------------------------------

/**
 * The scoring figures from bench/scoring.mjs (kept short: 100,000 responses, 2 runs): the library's and the command
 * line's streaming rates, and the command line's CPU time against a loop that only reads and parses the same lines.
 */
function scoringFigure() {
  const output = execFileSync(process.execPath, [join(root, 'bench/scoring.mjs'), '--n', '100000', '--runs', '2'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
  const figures = /^figures: (.*)$/m.exec(output);
  if (!figures) return { line: output.trim().split('\n').at(-1) };
  const { library, cli, cliLines, startupMs, parseFloorRatio } = JSON.parse(figures[1]);
  return {
    line: `library: ${library.toLocaleString('en')} responses/s; sipas-score CLI: ${cli.toLocaleString('en')} responses/s on ${cliLines.toLocaleString('en')} lines, whole process (start-up ${startupMs} ms)`,
    parseFloorRatio,
  };
}
const scoring = scoringFigure();

// ---- the table ------------------------------------------------------------------------------------------------

const stats = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), min: sorted[0], max: sorted.at(-1) };
};
/** Ratios run by run (each pair measured in the same run, minutes apart at most), then their median and range. */
const ratios = (over, under) => stats(samples[over].map((value, run) => value / samples[under][run]));

const sizes = Object.fromEntries(compared.map((name) => [name, totalCompressedSize(bytesLoaded[name])]));
const sizesToShow = Object.fromEntries(compared.map((name) => [name, totalCompressedSize(bytesToShow[name])]));
const ms = ({ median, min, max }, digits = 0) => `${median.toFixed(digits)} ms (${min.toFixed(digits)}–${max.toFixed(digits)})`;
const mb = ({ median, min, max }) => `${(median / MB).toFixed(2)} MB (${(min / MB).toFixed(2)}–${(max / MB).toFixed(2)})`;
const kib = ({ brotli, gzip }) => `${(brotli / KiB).toFixed(1)} KiB (gzip ${(gzip / KiB).toFixed(1)})`;
const times = ({ median, min, max }) => `${median.toFixed(2)}× (${min.toFixed(2)}–${max.toFixed(2)})`;
const verdict = (ok) => (ok ? 'pass' : '**FAIL**');

const timedRows = conditions.map(({ key, label, budget }) => {
  const ours = ratios(`${key}:sipas`, `${key}:baseline`);
  const peer = ratios(`${key}:surveyjs`, `${key}:sipas`);
  return [label, ...compared.map((name) => ms(stats(samples[`${key}:${name}`]))), times(ours), times(peer),
    `≤ ${budget}× floor; SurveyJS ≥ ${SURVEYJS_AT_LEAST}× slower`, `${verdict(ours.median <= budget)}; ${verdict(peer.median >= SURVEYJS_AT_LEAST)}`];
});
const heapAboveFloor = stats(samples['heap:sipas'].map((used, run) => used - samples['heap:baseline'][run]));
const heapCells = compared.map((name) => mb(stats(samples[`heap:${name}`])));
const click = stats(samples['click-p95:sipas']);
const nodeCell = ({ elements, text, comments }) => `${elements + text + comments} (${elements} elements, ${text} text, ${comments} comments)`;
const nodeTotal = ({ elements, text, comments }) => elements + text + comments;

const rows = [
  ['bytes a page loads to show the questionnaire (files beside the page), brotli -11 (gzip -9)', ...compared.map((name) => kib(sizesToShow[name])), '—',
    `${(sizesToShow.surveyjs.brotli / sizesToShow.sipas.brotli).toFixed(2)}×`, '≤ 16 KiB brotli', verdict(sizesToShow.sipas.brotli <= 16 * KiB)],
  ['bytes a page loads in all, code fetched after the questions are shown included', ...compared.map((name) => kib(sizes[name])), '—',
    `${(sizes.surveyjs.brotli / sizes.sipas.brotli).toFixed(2)}×`, 'reported', '—'],
  ...timedRows,
  ['DOM nodes of the page, one questionnaire, shadow roots included (the body\'s; the probe\'s and the floor\'s scripts count)', ...compared.map((name) => nodeCell(nodes[name])),
    `${(nodeTotal(nodes.sipas) / nodeTotal(nodes.baseline)).toFixed(2)}×`, `${(nodeTotal(nodes.surveyjs) / nodeTotal(nodes.sipas)).toFixed(2)}×`, 'reported', '—'],
  ['JS heap of the page, one questionnaire, after GC (sipas above the floor, run by run)', ...heapCells, mb(heapAboveFloor), '—',
    '≤ 0.4 MB above the floor', verdict(heapAboveFloor.median <= 0.4 * MB)],
  [`click on an answer → DOM updated and laid out, CPU ×4, p95 of ${CLICKS} clicks`, '—', ms(click, 1), '—', '—', '—',
    '< 8 ms', verdict(click.median < 8)],
  ['scoring in Node (bench/scoring.mjs): the CLI\'s CPU time ÷ a loop that only reads and JSON.parses the lines', '—', scoring.line, '—',
    scoring.parseFloorRatio === undefined ? '—' : `${scoring.parseFloorRatio.toFixed(2)}×`, '—', '≤ 1.15×',
    scoring.parseFloorRatio === undefined ? '—' : verdict(scoring.parseFloorRatio <= 1.15)],
];

const cpuModel = cpus()[0]?.model ?? 'unknown CPU';
const header = ['measure (median of runs, min–max; ratios run by run)', ...compared.map((name) => renderers[name].label), 'sipas ÷ floor', 'SurveyJS ÷ sipas', 'budget', 'result'];
const table = [
  `| ${header.join(' | ')} |`,
  `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
  ...rows.map((row) => `| ${row.join(' | ')} |`),
].join('\n');
const machine =
  `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpuModel} (nproc ${cpus().length}), ` +
  `Chromium ${chromiumVersion} headless, Node ${process.version}; ${RUNS} runs after a warm-up, renderers interleaved, ` +
  `a fresh browser context per page, bodies brotli-compressed; ${controlsPerInstance} form controls per questionnaire (sipas-2017, Vietnamese), ` +
  `the same number drawn by the inline floor; start-up timed from the document's first script (an inline probe), ` +
  `network rows from navigation start.`;
// The index at volume: its own table (other columns), after the page figures.
process.stderr.write(`the index at volume (${Number(options.responses).toLocaleString('en')} responses)…\n`);
const volume = execFileSync(process.execPath, [join(root, 'bench/sql-volume.mjs'), '--responses', options.responses], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  .split('\n')
  .filter((line) => !line.startsWith('figures: '))
  .join('\n')
  .trim();
const output = `${table}\n\n${machine}\n\n## The index at volume (bench/sql-volume.mjs)\n\n${volume}\n`;

console.log(output);
mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.md'), output);
