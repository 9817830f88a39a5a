// The NDJSON intake on its own (server/ingest.mjs), with a store that answers at once: lines cut anywhere by the
// network, chunks of bounded size, and turns given to the event loop even when the whole batch is already in memory
// and the store never waits (as PGlite, in the same process, does not).
import assert from 'node:assert/strict';
import { Readable } from 'node:stream';
import { describe, it } from 'node:test';
import { ingestNdjson, LIMITS } from '../../server/ingest.mjs';
import { ndjson, sampleResponse } from './samples.mjs';

/** A store in memory that records the size of each insert; ids are kept so a repeat is a duplicate. */
function recordingStore() {
  const ids = new Set();
  const inserts = [];
  return {
    inserts,
    ids,
    async insert(responses) {
      inserts.push(responses.length);
      const stored = new Set();
      for (const { responseId } of responses) {
        if (!ids.has(responseId)) stored.add(responseId);
        ids.add(responseId);
      }
      return stored;
    },
  };
}

const check = (value) => (value && typeof value.responseId === 'string' ? { response: value } : { reason: 'no responseId' });

describe('the NDJSON intake', () => {
  it('reads lines cut anywhere by the network, as if they came whole', async () => {
    const responses = Array.from({ length: 50 }, () => sampleResponse());
    const text = `${ndjson(responses.slice(0, 25))}\n{"bad"\n${ndjson(responses.slice(25))}${JSON.stringify(responses[0])}`;
    const bytes = Buffer.from(text);
    const pieces = [];
    for (let start = 0, size = 1; start < bytes.length; start += size, size = (size % 13) + 1) pieces.push(bytes.subarray(start, start + size));
    const store = recordingStore();
    const summary = await ingestNdjson(Readable.from(pieces), { store, check });
    assert.deepEqual(summary, { accepted: 50, duplicates: 1, rejected: [{ line: 27, reason: 'not JSON (a line cut short, or not a response)' }], rejectedCount: 1 });
    assert.deepEqual([...store.ids], responses.map((r) => r.responseId));
  });

  it('stores in chunks and lets other work run between them, even when the batch is all in memory', async () => {
    const responses = Array.from({ length: 2000 }, () => sampleResponse());
    const store = recordingStore();
    let turns = 0;
    let counting = true;
    const count = () => {
      if (!counting) return;
      turns += 1;
      setImmediate(count);
    };
    setImmediate(count);
    const summary = await ingestNdjson(Readable.from([Buffer.from(ndjson(responses))]), { store, check });
    counting = false;
    assert.equal(summary.accepted, 2000);
    assert.ok(Math.max(...store.inserts) <= LIMITS.chunkResponses, `inserts of ${store.inserts.join(', ')}`);
    // One turn at least every `linesPerTurn` lines: a batch held in one piece of work would give none.
    assert.ok(turns >= 2000 / LIMITS.linesPerTurn, `${turns} turns of the event loop while 2000 lines were stored`);
  });

  it('keeps one line at most in memory: a line over the limit is skipped, not gathered', async () => {
    const store = recordingStore();
    const limits = { ...LIMITS, lineBytes: 1000 };
    const huge = Readable.from((function* () {
      yield Buffer.from(`${JSON.stringify(sampleResponse())}\n`);
      for (let i = 0; i < 200; i++) yield Buffer.alloc(64 * 1024, 0x61);
      yield Buffer.from(`\n${JSON.stringify(sampleResponse())}\n`);
    })());
    const summary = await ingestNdjson(huge, { store, check, limits });
    assert.equal(summary.accepted, 2);
    assert.deepEqual(summary.rejected, [{ line: 2, reason: 'the line is longer than 1 KiB, more than any response' }]);
  });
});
