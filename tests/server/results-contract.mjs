// GET /api/results and GET /api/counts, as one suite run on each database (pglite.test.mjs, postgres.test.mjs):
// responses go in through the HTTP API, the indices come out of the database by the generated SQL, and they are
// compared with sipas-score run as a command on the same responses, with figures worked out by hand from the
// documented method (docs/scoring.md), and with counts of three shards added up by `sipas-score --from-counts`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { sipas2017 } from '../../dist/definitions/sipas-2017.js';
import { buildResponse } from '../../dist/model/response.js';
import { CUT_FIELDS } from '../../dist/scoring/index.js';
import { startReceiverServer } from '../../server/start.mjs';
import { call } from './http-client.mjs';
import { ndjson } from './samples.mjs';
import { customDefinitionFile, scoringDefinitions, scoringSample } from './scoring-samples.mjs';

const TOKEN = 'results-test-token-0123456789';
const operator = { Authorization: `Bearer ${TOKEN}` };
const quiet = { info() {}, error() {} };
const sipasScore = fileURLToPath(new URL('../../bin/sipas-score.mjs', import.meta.url));

/** Runs sipas-score with `args` and `stdin`; resolves to { code, stdout, stderr } whatever its exit status. */
function runSipasScore(args, stdin = '') {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [sipasScore, ...args], { maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error);
      else resolve({ code: error?.code ?? 0, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

/** The same options as a query string and as sipas-score's arguments. */
const asQuery = ({ by = [], period, minN }) =>
  new URLSearchParams([...(by.length ? [['by', by.join(',')]] : []), ...(period ? [['period', period]] : []), ...(minN === undefined ? [] : [['min-n', String(minN)]])]).toString();
const asArgs = ({ by = [], period, minN }) => [...(by.length ? ['--by', by.join(',')] : []), ...(period ? ['--period', period] : []), ...(minN === undefined ? [] : ['--min-n', String(minN)])];

const postBatch = (server, body) => server.call({ method: 'POST', path: '/api/responses', headers: { 'Content-Type': 'application/x-ndjson' }, body });

export function resultsContract(name, { open, close }) {
  describe(`the indices computed in ${name} (GET /api/results, /api/counts)`, () => {
    let database;
    let definitions;
    let schemas = 0;
    const servers = [];

    before(async () => {
      database = await open();
      definitions = await scoringDefinitions();
    });
    after(async () => {
      for (const server of servers) await server.stop();
      await close(database);
    });

    /** A receiver on a schema of its own that scores the built-in questionnaires and the commune's own. */
    async function serve(receiver = { definitions }) {
      schemas += 1;
      const started = await startReceiverServer({ host: '127.0.0.1', port: 0, token: TOKEN }, { database, log: quiet, receiver, store: { schema: `results_${process.pid}_${schemas}` } });
      servers.push(started);
      return { ...started, call: (what) => call(started.url, what) };
    }

    it('answers, computed in the database, byte for byte what sipas-score --format json prints, for every cut and period', async () => {
      const sample = await scoringSample(1);
      const body = ndjson(sample);
      const server = await serve();
      const stored = await postBatch(server, body);
      assert.deepEqual(stored.json, { accepted: sample.length, duplicates: 0, rejected: [], rejectedCount: 0 });
      const tried = [{}, { by: [...CUT_FIELDS], period: 'month', minN: 5 }, { by: ['agencyCode', 'mode'], period: 'quarter' }, { by: ['desk', 'channel'], period: 'year', minN: 0 }];
      for (const options of tried) {
        const reply = await server.call({ path: `/api/results?${asQuery(options)}`, headers: operator });
        assert.equal(reply.status, 200, reply.text);
        assert.match(reply.headers['content-type'], /^application\/json/);
        const cli = await runSipasScore(['--format', 'json', '--definition', customDefinitionFile, ...asArgs(options)], body);
        assert.equal(cli.code, 1, `sipas-score finds the refused lines too:\n${cli.stderr}`);
        assert.equal(reply.text, cli.stdout, `options ${JSON.stringify(options)}`);
        const results = reply.json;
        assert.deepEqual(results.rejected, { 'line-too-long': 0, 'not-json': 0, 'invalid-response': 0, 'unknown-questionnaire': 1, 'answers-mismatch': 2 });
        assert.ok(results.groups.length >= 4, 'every questionnaire has its groups');
      }
    });

    it('gives the figures worked out by hand from the documented method', async () => {
      const server = await serve();
      const respond = (answers) => buildResponse({ definition: sipas2017, answers, context: { agencyCode: 'H29.100', channel: 'in-person' }, locale: 'vi', startedAt: new Date('2026-05-04T02:00:00Z'), submittedAt: new Date('2026-05-04T02:05:00Z'), responseId: crypto.randomUUID() });
      const offScale = respond({ 'c1.1': 5 });
      const responses = [
        respond({ 'c1.1': 5, 'sat-access': 4, 'sat-overall': 5, expectations: ['simplify-procedures'] }),
        respond({ 'c1.1': 4, 'c1.2': 2, 'sat-access': 2, 'sat-overall': 3 }),
        respond({ 'c1.1': 1, 'sat-access': 5, expectations: ['simplify-procedures', 'shorten-time'] }),
        { ...offScale, answers: { 'c1.1': 6 } },
      ];
      const stored = await postBatch(server, ndjson(responses));
      assert.equal(stored.json.accepted, 4, stored.text);
      const reply = await server.call({ path: '/api/results?min-n=3', headers: operator });
      assert.equal(reply.status, 200, reply.text);
      const { accepted, rejected, groups } = reply.json;
      assert.equal(accepted, 3);
      assert.equal(rejected['answers-mismatch'], 1, 'a code off the scale adds nothing');
      assert.equal(groups.length, 1);
      const [group] = groups;
      assert.deepEqual(group.questionnaire, { id: 'sipas-2017', version: sipas2017.version });
      assert.equal(group.responses, 3);
      const access = group.elements.find((e) => e.id === 'access');
      const criterion = (id) => access.criteria.find((c) => c.itemId === id).index;
      // c1.1: codes 5, 4, 1; satisfied are 4 and 5, so 2 of 3.
      assert.deepEqual(criterion('c1.1'), { value: (2 * 100) / 3, n: 3, lowN: false });
      assert.deepEqual(criterion('c1.2'), { value: 0, n: 1, lowN: true });
      assert.deepEqual(criterion('c1.3'), { value: null, n: 0, lowN: true }, 'never asked: missing, not 0');
      assert.deepEqual(access.evaluation, { value: null, n: 0, lowN: true }, 'a mean with a missing part is missing');
      assert.deepEqual(access.satisfaction, { value: (2 * 100) / 3, n: 3, lowN: false });
      assert.deepEqual(group.sipas, { value: null, n: 0, lowN: true }, 'four elements have no satisfaction answer');
      assert.deepEqual(group.overall, { value: 50, n: 2, lowN: true });
      const expectation = (option) => group.expectations.find((x) => x.itemId === 'expectations' && x.option === option).share;
      assert.deepEqual(expectation('simplify-procedures'), { value: 100, n: 2, lowN: true });
      assert.deepEqual(expectation('shorten-time'), { value: 50, n: 2, lowN: true });
      assert.deepEqual(expectation('facilities'), { value: 0, n: 2, lowN: true });
    });

    it('counts of three shards, each read from its own receiver as CSV and added up by sipas-score --from-counts, give the same figures', async () => {
      const sample = await scoringSample(2);
      const options = { by: ['agencyCode', 'mode'], period: 'quarter', minN: 10 };
      const whole = await serve();
      await postBatch(whole, ndjson(sample));
      const dir = await mkdtemp(join(tmpdir(), 'sipas-shards-'));
      try {
        const files = [];
        for (let shard = 0; shard < 3; shard++) {
          const server = await serve();
          const part = sample.filter((_, i) => i % 3 === shard);
          assert.equal((await postBatch(server, ndjson(part))).json.accepted, part.length);
          const reply = await server.call({ path: `/api/counts?${asQuery({ ...options, minN: undefined })}&format=csv`, headers: operator });
          assert.equal(reply.status, 200, reply.text);
          assert.match(reply.headers['content-type'], /^text\/csv/);
          assert.equal(reply.text.split('\r\n')[0], 'questionnaire_id,questionnaire_version,agencyCode,mode,quarter,measure,item,answer,count');
          files.push(join(dir, `shard-${shard}.csv`));
          await writeFile(files.at(-1), reply.text);
        }
        const merged = await runSipasScore(['--from-counts', '--format', 'json', '--min-n', '10', '--definition', customDefinitionFile, ...files]);
        assert.equal(merged.code, 0, merged.stderr);
        const results = await whole.call({ path: `/api/results?${asQuery(options)}`, headers: operator });
        assert.equal(merged.stdout, results.text);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('answers the counts as JSON rows, the same as sipas-score --format counts', async () => {
      const sample = await scoringSample(3);
      const server = await serve();
      await postBatch(server, ndjson(sample));
      const reply = await server.call({ path: '/api/counts?by=channel&period=month', headers: operator });
      assert.equal(reply.status, 200, reply.text);
      const csv = await runSipasScore(['--format', 'counts', '--by', 'channel', '--period', 'month', '--definition', customDefinitionFile], ndjson(sample));
      const [header, ...lines] = csv.stdout.trimEnd().split('\r\n');
      const columns = header.split(',');
      const fromCli = lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i], columns[i] === 'count' ? Number(cell) : cell === '' && columns[i] !== 'item' && columns[i] !== 'answer' ? null : cell])));
      const sorted = (rows) => rows.map((row) => JSON.stringify(columns.map((c) => row[c]))).sort();
      assert.deepEqual(sorted(reply.json), sorted(fromCli));
    });

    it('needs the operator token, and refuses wrong parameters with 400 saying what is accepted', async () => {
      const server = await serve();
      for (const path of ['/api/results', '/api/counts']) {
        assert.equal((await server.call({ path })).status, 401, path);
        assert.equal((await server.call({ path, headers: { Authorization: 'Bearer wrong' } })).status, 401, path);
      }
      const closed = await startReceiverServer({ host: '127.0.0.1', port: 0 }, { database, log: quiet, store: { schema: `results_closed_${process.pid}` } });
      servers.push(closed);
      assert.equal((await call(closed.url, { path: '/api/results', headers: operator })).status, 403);
      const refused = {
        '/api/results?by=dossier': /by: "dossier" is not a cut; use agencyCode, .*mode/,
        '/api/results?by=channel,channel': /each cut at most once/,
        '/api/results?period=week': /period must be month, quarter, year, not "week"/,
        '/api/results?min-n=-1': /min-n must be a whole number ≥ 0, not "-1"/,
        '/api/results?min-n=': /min-n must be a whole number/,
        '/api/results?minN=5': /"minN" is not a parameter of \/api\/results; use by, period, min-n/,
        '/api/results?by=channel&by=mode': /give by once/,
        '/api/results?format=csv': /"format" is not a parameter of \/api\/results/,
        '/api/counts?format=xml': /format must be json or csv, not "xml"/,
        '/api/counts?min-n=5': /"min-n" is not a parameter of \/api\/counts; use by, period, format/,
      };
      for (const [path, message] of Object.entries(refused)) {
        const reply = await server.call({ path, headers: operator });
        assert.equal(reply.status, 400, `${path}: ${reply.text}`);
        assert.match(reply.json.error, message, path);
      }
      const empty = await server.call({ path: '/api/results', headers: operator });
      assert.equal(empty.status, 200);
      assert.deepEqual([empty.json.accepted, empty.json.groups], [0, []], 'no responses yet: no groups, not an error');
    });
  });
}
