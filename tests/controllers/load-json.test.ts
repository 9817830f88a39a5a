import { expect } from '@open-wc/testing';
import { loadSameOriginJson, type LoadJsonOptions } from '../../src/controllers/load-json.js';

const here: LoadJsonOptions = { base: location.href, origin: location.origin };
const blobUrl = (text: string | Uint8Array) => URL.createObjectURL(new Blob([text as BlobPart], { type: 'application/json' }));

async function problemOf(src: string, options: Partial<LoadJsonOptions> = {}): Promise<string> {
  const result = await loadSameOriginJson('src', src, { ...here, ...options });
  expect(result.ok, 'the load should fail').to.equal(false);
  return result.ok ? '' : `${result.problem.path} ${result.problem.message}`;
}

describe('controllers: loadSameOriginJson', () => {
  it('loads a JSON file from the page’s own origin', async () => {
    const result = await loadSameOriginJson('src', blobUrl('{"id":"x"}'), here);
    expect(result).to.deep.equal({ ok: true, value: { id: 'x' } });
  });

  it('sends the same-origin credentials mode and a timeout signal', async () => {
    let seen: RequestInit | undefined;
    const spy: typeof fetch = async (_url, init) => ((seen = init), new Response('{}'));
    await loadSameOriginJson('src', '/q.json', { ...here, fetch: spy });
    expect(seen?.credentials).to.equal('same-origin');
    expect(seen?.mode).to.equal('same-origin');
    expect(seen?.signal).to.be.instanceOf(AbortSignal);
  });

  it('refuses another origin before any request', async () => {
    let requested = false;
    const spy: typeof fetch = async () => ((requested = true), new Response('{}'));
    expect(await problemOf('https://example.com/q.json', { fetch: spy })).to.match(/^src is "https:\/\/example.com\/q.json", on another origin than the page/);
    expect(await problemOf('data:application/json,{}', { fetch: spy })).to.match(/another origin/);
    expect(requested).to.equal(false);
  });

  it('reports an HTTP error with its status', async () => {
    expect(await problemOf('/tests/fixtures/no-such-questionnaire.json')).to.match(/answered HTTP 404/);
  });

  it('reports text that is not JSON', async () => {
    expect(await problemOf('/tests/fixtures/csp.html')).to.match(/is not JSON: /);
  });

  it('reports bytes that are not UTF-8, with their line', async () => {
    expect(await problemOf(blobUrl(new Uint8Array([0x7b, 0x0a, 0x22, 0xff, 0x22, 0x7d])))).to.match(/is not UTF-8 text: line 2 has a byte that is not UTF-8/);
  });

  it('reads a file as sipas-validate does: a UTF-8 byte-order mark is skipped, a syntax error has its line and column', async () => {
    expect(await loadSameOriginJson('src', blobUrl('\uFEFF{"id":"x"}'), here)).to.deep.equal({ ok: true, value: { id: 'x' } });
    expect(await problemOf(blobUrl('{\n  "id": "x",\n}'))).to.match(/^src \("blob:[^"]+"\) is not JSON: line 3, column 1: expected a property name after the comma \(no comma before '\}'\), found "\}"$/);
  });

  it('stops reading past the size cap, whether or not the length is declared', async () => {
    expect(await problemOf(blobUrl(`"${'x'.repeat(2000)}"`), { maxBytes: 1000 })).to.match(/larger than 1000 bytes/);
    const undeclared: typeof fetch = async () =>
      new Response(new ReadableStream({ pull: (c) => c.enqueue(new Uint8Array(600)) }), { headers: {} });
    expect(await problemOf('/q.json', { fetch: undeclared, maxBytes: 1000 })).to.match(/larger than 1000 bytes/);
  });

  it('gives up after the timeout', async () => {
    const hanging: typeof fetch = (_url, init) =>
      new Promise((_resolve, reject) => init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)));
    expect(await problemOf('/q.json', { fetch: hanging, timeoutMs: 50 })).to.match(/did not answer within 0.05 s/);
  });

  it('reports a network failure', async () => {
    const offline: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await problemOf('/q.json', { fetch: offline })).to.match(/could not be fetched/);
  });
});
