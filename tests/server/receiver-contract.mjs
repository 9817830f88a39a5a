// The receiver's HTTP contract, as one suite run on each database (pglite.test.mjs, postgres.test.mjs): each test
// starts the real server (server/start.mjs) on a free port, over a schema of its own in the suite's database.
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startReceiverServer } from '../../server/start.mjs';
import { LIMITS } from '../../server/ingest.mjs';
import { call } from './http-client.mjs';
import { sampleResponse, ndjson } from './samples.mjs';

const TOKEN = 'contract-test-token-0123456789';
const quiet = { info() {}, error() {} };

const json = (value) => ({ method: 'POST', path: '/api/responses', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(value) });
const batch = (text, headers = {}) => ({ method: 'POST', path: '/api/responses', headers: { 'Content-Type': 'application/x-ndjson', ...headers }, body: text });
const operator = { Authorization: `Bearer ${TOKEN}` };

/**
 * Defines the suite for one database. `open()` resolves to an open database (server/database.mjs) shared by the
 * suite's tests; `close()` ends it.
 */
export function receiverContract(name, { open, close }) {
  describe(`the receiver on ${name}`, () => {
    let database;
    let schemas = 0;
    const servers = [];

    before(async () => {
      database = await open();
    });
    after(async () => {
      for (const server of servers) await server.stop();
      await close(database);
    });

    /** A receiver on a schema of its own; `options` as startReceiverServer's, `token` as RECEIVER_TOKEN (null: none). */
    async function serve({ token = TOKEN, ...options } = {}) {
      schemas += 1;
      const schema = options.store?.schema ?? `contract_${process.pid}_${schemas}`;
      const started = await startReceiverServer({ host: '127.0.0.1', port: 0, token }, { database, log: quiet, ...options, store: { schema, ...options.store } });
      servers.push(started);
      return { ...started, schema, call: (what) => call(started.url, what) };
    }

    async function storedIds(server) {
      const reply = await server.call({ path: '/api/responses', headers: operator });
      assert.equal(reply.status, 200, reply.text);
      return reply.text.split('\n').filter(Boolean).map((line) => JSON.parse(line).responseId);
    }

    it('stores a response once: 201, then 200 for a repeat, even in capitals', async () => {
      const server = await serve();
      const response = sampleResponse();
      const first = await server.call(json(response));
      assert.equal(first.status, 201, first.text);
      assert.deepEqual(first.json, { responseId: response.responseId, duplicate: false });
      assert.equal((await server.call(json(response))).status, 200);
      const shouted = await server.call({ ...json({ ...response, responseId: response.responseId.toUpperCase() }), headers: { 'Content-Type': 'application/json', 'Idempotency-Key': response.responseId.toUpperCase() } });
      assert.equal(shouted.status, 200, shouted.text);
      assert.deepEqual(shouted.json, { responseId: response.responseId, duplicate: true });
      assert.deepEqual(await storedIds(server), [response.responseId]);
      assert.deepEqual((await server.call({ path: '/api/stats', headers: operator })).json, { count: 1 });
    });

    it('stores the response whole, its id in lower case, and the cut fields (desk and collection mode too) as columns', async () => {
      const server = await serve();
      const sample = sampleResponse();
      const response = { ...sample, responseId: crypto.randomUUID().toUpperCase(), context: { ...sample.context, desk: 'Quầy 3' }, collection: { mode: 'kiosk' } };
      assert.equal((await server.call(json(response))).status, 201);
      const [stored] = (await server.call({ path: '/api/responses', headers: operator })).text.split('\n').filter(Boolean).map((line) => JSON.parse(line));
      assert.deepEqual(stored, { ...response, responseId: response.responseId.toLowerCase() });
      const { rows } = await server.store.query(
        'SELECT response_id::text AS id, questionnaire_id, questionnaire_version, agency_code, channel, desk, collection_mode, submitted_at = $1::timestamptz AS same_time FROM sipas_responses',
        [response.submittedAt],
      );
      assert.deepEqual(rows, [{ id: response.responseId.toLowerCase(), questionnaire_id: 'sipas-2017', questionnaire_version: response.questionnaire.version, agency_code: 'test-agency', channel: 'online', desk: 'Quầy 3', collection_mode: 'kiosk', same_time: true }]);
      assert.equal((await server.call(json(sampleResponse()))).status, 201);
      const { rows: modes } = await server.store.query('SELECT collection_mode, count(*)::integer AS n FROM sipas_responses GROUP BY 1 ORDER BY 1');
      assert.deepEqual(modes, [{ collection_mode: 'kiosk', n: 1 }, { collection_mode: 'online', n: 1 }], 'no collection means online');
    });

    it('refuses what is not a response, saying why, and stores nothing', async () => {
      const server = await serve();
      const notJson = await server.call({ ...json({}), body: '{"responseId": ' });
      assert.equal(notJson.status, 400);
      assert.match(notJson.json.error, /not JSON/);
      const invalid = await server.call(json({ ...sampleResponse(), answers: 'none' }));
      assert.equal(invalid.status, 400);
      assert.match(invalid.json.error, /not a valid sipas-survey response: .*answers/);
      // JSON.parse makes "__proto__" an own key, which the schema alone would drop: stored without what was sent.
      const protoKey = await server.call({ ...json({}), body: JSON.stringify(sampleResponse()).replace('"answers":{', '"answers":{"__proto__":{"c1.1":1},') });
      assert.equal(protoKey.status, 400, protoKey.text);
      assert.match(protoKey.json.error, /answers\.__proto__ is a key named "__proto__", which is not allowed/);
      const response = sampleResponse();
      const otherKey = await server.call({ ...json(response), headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() } });
      assert.equal(otherKey.status, 400);
      assert.match(otherKey.json.error, /Idempotency-Key/);
      assert.deepEqual(await storedIds(server), []);
    });

    it('reads the media type as HTTP says: any letter case and parameters, and nothing else', async () => {
      const server = await serve();
      const withCase = await server.call({ ...json(sampleResponse()), headers: { 'Content-Type': 'Application/JSON; Charset=UTF-8' } });
      assert.equal(withCase.status, 201, withCase.text);
      for (const type of ['application/jsonp', 'application/json-seq', 'text/plain', undefined]) {
        const reply = await server.call({ ...json(sampleResponse()), headers: type ? { 'Content-Type': type } : {} });
        assert.equal(reply.status, 415, `${type}: ${reply.text}`);
      }
      const batchCase = await server.call(batch(ndjson([sampleResponse()]), { 'Content-Type': 'APPLICATION/X-NDJSON;charset=utf-8' }));
      assert.equal(batchCase.status, 200, batchCase.text);
      assert.equal((await storedIds(server)).length, 2);
    });

    it('answers 405 with Allow for a method a route does not take, and 404 for no route', async () => {
      const server = await serve();
      const put = await server.call({ method: 'PUT', path: '/api/responses', body: '{}' });
      assert.equal(put.status, 405);
      assert.equal(put.headers.allow, 'POST, GET');
      const deleteStats = await server.call({ method: 'DELETE', path: '/api/stats' });
      assert.equal(deleteStats.status, 405);
      assert.equal(deleteStats.headers.allow, 'GET');
      assert.equal((await server.call({ path: '/api/nothing' })).status, 404);
    });

    it('survives malformed request targets and keeps serving', async () => {
      const server = await serve();
      for (const path of ['/%', '/%E0%A4%A', '/api/%', '/api/responses%', '/%%30', '/api/responses?x=%']) {
        const reply = await server.call({ path });
        assert.ok(reply.status >= 400 && reply.status < 500, `${path}: ${reply.status}`);
      }
      assert.equal((await server.call(json(sampleResponse()))).status, 201);
    });

    it('closes the reading routes without a token configured, and asks for it when one is', async () => {
      const closed = await serve({ token: null });
      for (const path of ['/api/responses', '/api/stats']) {
        const reply = await closed.call({ path, headers: operator });
        assert.equal(reply.status, 403, path);
        assert.match(reply.json.error, /RECEIVER_TOKEN/);
      }
      assert.equal((await closed.call(json(sampleResponse()))).status, 201, 'posting needs no token');

      const server = await serve();
      const missing = await server.call({ path: '/api/responses' });
      assert.equal(missing.status, 401);
      assert.match(missing.headers['www-authenticate'], /^Bearer/);
      assert.equal((await server.call({ path: '/api/stats', headers: { Authorization: 'Bearer wrong' } })).status, 401);
      assert.equal((await server.call({ path: '/api/stats', headers: { Authorization: `Basic ${TOKEN}` } })).status, 401);
      assert.equal((await server.call({ path: '/api/stats', headers: { Authorization: `bearer ${TOKEN}` } })).status, 200);
    });

    it('has the fault switch only when asked (the demo), behind the token, refusing a malformed body', async () => {
      const plain = await serve();
      assert.equal((await plain.call({ method: 'POST', path: '/api/flaky', headers: operator, body: '{"on":true}' })).status, 404);
      const demo = await serve({ receiver: { faultSwitch: true } });
      assert.equal((await demo.call({ method: 'POST', path: '/api/flaky', body: '{"on":true}' })).status, 401);
      for (const body of ['{"on":', '{"on":"yes"}', 'null', '[]']) {
        const reply = await demo.call({ method: 'POST', path: '/api/flaky', headers: operator, body });
        assert.equal(reply.status, 400, `${body}: ${reply.text}`);
      }
      const on = await demo.call({ method: 'POST', path: '/api/flaky', headers: operator, body: '{"on":true}' });
      assert.deepEqual(on.json, { flaky: true });
      assert.deepEqual((await demo.call({ path: '/api/stats', headers: operator })).json, { count: 0, flaky: true });
    });

    it('takes an NDJSON batch line by line: stored, repeated, refused with the line number', async () => {
      const server = await serve();
      const [a, b, c] = [sampleResponse(), sampleResponse(), sampleResponse()];
      const lines = [
        JSON.stringify(a),
        '',
        JSON.stringify(b),
        JSON.stringify({ ...a, responseId: a.responseId.toUpperCase() }),
        '{"cut": ',
        JSON.stringify({ ...c, schemaVersion: 'nope' }),
        `"${'x'.repeat(LIMITS.lineBytes + 10)}"`,
        '   ',
        JSON.stringify(c).slice(0, 40),
      ];
      const reply = await server.call(batch(lines.join('\n')));
      assert.equal(reply.status, 200, reply.text);
      assert.equal(reply.json.accepted, 2);
      assert.equal(reply.json.duplicates, 1);
      assert.equal(reply.json.rejectedCount, 4);
      assert.deepEqual(reply.json.rejected.map((r) => r.line), [5, 6, 7, 9]);
      assert.match(reply.json.rejected[0].reason, /not JSON/);
      assert.match(reply.json.rejected[1].reason, /schemaVersion/);
      assert.match(reply.json.rejected[2].reason, /longer than/);
      assert.deepEqual((await storedIds(server)).sort(), [a.responseId, b.responseId].sort());
      const again = await server.call(batch(lines.join('\n')));
      assert.deepEqual([again.json.accepted, again.json.duplicates], [0, 3]);
    });

    it('refuses a batch over the size limit, keeping what it stored before and saying so', async () => {
      const responses = Array.from({ length: 30 }, () => sampleResponse());
      const body = ndjson(responses);
      const limits = { ...LIMITS, batchBytes: Math.floor(body.length / 2), chunkResponses: 5 };
      const server = await serve({ receiver: { limits } });
      const declared = await server.call(batch(body));
      assert.equal(declared.status, 413, 'a Content-Length over the limit is refused before reading');
      assert.deepEqual(await storedIds(server), []);

      // Without a Content-Length (chunked), the limit is found while reading.
      const streamed = await new Promise((resolve, reject) => {
        const req = request(`${server.url}/api/responses`, { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson', 'Transfer-Encoding': 'chunked' } }, (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode, json: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
        });
        req.on('error', reject);
        for (let start = 0; start < body.length; start += 1000) req.write(body.slice(start, start + 1000));
        req.end();
      });
      assert.equal(streamed.status, 413);
      assert.ok(streamed.json.accepted > 0, 'the chunks before the limit were stored');
      assert.equal((await storedIds(server)).length, streamed.json.accepted);
    });

    it('answers 503 with Retry-After when the database refuses a write, and stores again once it can', async () => {
      const server = await serve();
      const kept = sampleResponse();
      assert.equal((await server.call(json(kept))).status, 201);
      // The error a full disk raises (disk_full), from a trigger: the same path through the driver as the real one.
      await database.transaction(async (tx) => {
        await tx.exec(`
          CREATE FUNCTION "${server.schema}".disk_full() RETURNS trigger LANGUAGE plpgsql AS
            $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$;
          CREATE TRIGGER disk_full BEFORE INSERT ON "${server.schema}".sipas_responses FOR EACH ROW EXECUTE FUNCTION "${server.schema}".disk_full();`);
      });
      const lost = sampleResponse();
      const refused = await server.call(json(lost));
      assert.equal(refused.status, 503, refused.text);
      assert.equal(refused.headers['retry-after'], '5');
      assert.match(refused.json.error, /No space left on device/);
      const refusedBatch = await server.call(batch(ndjson([sampleResponse(), sampleResponse()])));
      assert.equal(refusedBatch.status, 503);
      assert.equal(refusedBatch.json.accepted, 0);
      assert.deepEqual((await server.call({ path: '/api/stats', headers: operator })).json, { count: 1 }, 'counts only what is stored');

      await database.transaction((tx) => tx.exec(`DROP TRIGGER disk_full ON "${server.schema}".sipas_responses`));
      assert.equal((await server.call(json(lost))).status, 201, 'the next write works once space is back');
      assert.deepEqual((await storedIds(server)).sort(), [kept.responseId, lost.responseId].sort());
    });

    it('starts when a migration fails, answers 503 saying which, and recovers once it is repaired', async () => {
      schemas += 1;
      const schema = `broken_${process.pid}_${schemas}`;
      // A table in the way, with a response in it: migration 001 cannot create its own and must touch nothing.
      await database.transaction((tx) => tx.exec(`CREATE SCHEMA "${schema}"; CREATE TABLE "${schema}".sipas_responses (id integer); INSERT INTO "${schema}".sipas_responses VALUES (7);`));
      const server = await serve({ store: { schema, retryOpenMs: 0 } });
      const refused = await server.call(json(sampleResponse()));
      assert.equal(refused.status, 503, refused.text);
      assert.match(refused.json.error, /migration 001-sipas-responses\.sql failed and was rolled back/);
      await database.transaction(async (tx) => {
        const { rows } = await tx.query(`SELECT id FROM "${schema}".sipas_responses`);
        assert.deepEqual(rows, [{ id: 7 }], 'the table in the way is untouched');
        const { rows: recorded } = await tx.query(`SELECT to_regclass('"${schema}".sipas_migrations') IS NULL AS none`);
        assert.deepEqual(recorded, [{ none: true }], 'the failed migration left nothing, not even its record');
        await tx.exec(`ALTER TABLE "${schema}".sipas_responses RENAME TO old_responses`);
      });
      assert.equal((await server.call(json(sampleResponse()))).status, 201, 'migrated on the next request');
      const { rows } = await server.store.query('SELECT version, file FROM sipas_migrations');
      assert.deepEqual(rows, [{ version: 1, file: '001-sipas-responses.sql' }]);
    });

    it('runs each migration once, however often the receiver starts', async () => {
      const first = await serve();
      assert.equal((await first.call(json(sampleResponse()))).status, 201);
      const second = await serve({ store: { schema: first.schema } });
      assert.deepEqual((await second.call({ path: '/api/stats', headers: operator })).json, { count: 1 });
      const { rows } = await second.store.query('SELECT count(*)::integer AS n FROM sipas_migrations');
      assert.deepEqual(rows, [{ n: 1 }]);
    });

    it('imports a file with a half-written last line: every complete response kept, the damaged line reported', async () => {
      const server = await serve();
      const responses = Array.from({ length: 3 }, () => sampleResponse());
      const dir = await mkdtemp(join(tmpdir(), 'sipas-import-'));
      const file = join(dir, 'responses.ndjson');
      await writeFile(file, `\uFEFF${ndjson(responses)}${JSON.stringify(sampleResponse()).slice(0, 70)}`);
      try {
        const summary = await server.receiver.importFile(file);
        assert.deepEqual({ ...summary, rejected: summary.rejected.map((r) => r.line) }, { accepted: 3, duplicates: 0, rejected: [4], rejectedCount: 1 });
        assert.deepEqual((await storedIds(server)).sort(), responses.map((r) => r.responseId).sort());
        assert.equal((await server.receiver.importFile(file)).duplicates, 3, 'importing again stores nothing twice');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    });

    it('reads every stored response back once, in the order received, page after page', async () => {
      const server = await serve();
      const responses = Array.from({ length: 2300 }, () => sampleResponse());
      const reply = await server.call(batch(ndjson(responses)));
      assert.equal(reply.json.accepted, 2300);
      const ids = await storedIds(server);
      assert.equal(ids.length, 2300);
      assert.equal(new Set(ids).size, 2300);
      assert.deepEqual([...ids].sort(), responses.map((r) => r.responseId).sort());
    });

    it('keeps answering other requests while it stores a large batch', async () => {
      const server = await serve();
      const responses = Array.from({ length: 4000 }, () => sampleResponse());
      let batchDone = false;
      const posting = server.call(batch(ndjson(responses))).then((reply) => {
        batchDone = true;
        return reply;
      });
      // Stats asked one after another while the batch is stored: a receiver that stores the batch in one go
      // answers none of them before it is done.
      let answeredDuring = 0;
      while (!batchDone) {
        const stats = await server.call({ path: '/api/stats', headers: operator });
        assert.equal(stats.status, 200);
        if (!batchDone) answeredDuring += 1;
      }
      assert.equal((await posting).json.accepted, 4000);
      assert.ok(answeredDuring >= 3, `only ${answeredDuring} requests were answered while the batch was stored`);
    });
  });
}
