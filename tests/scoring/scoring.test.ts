import { expect } from '@open-wc/testing';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { scoredDefinitions } from '../../src/definitions/index.js';
import type { Definition } from '../../src/schema/definition.js';
import type { ServiceContext } from '../../src/schema/response.js';
import { ResponseSchema } from '../../src/schema/response.js';
import { computeResults, createCounts, CUT_FIELDS, CUTS, cutValue, formatIndex, isWellFormedResponse, lacksRequiredKeys, mergeCounts, periodOf, Scorer, scoreResponses, type Figure, type GroupResult } from '../../src/scoring/index.js';
import { syntheticResponses } from '../../demo/synthetic.js';
import { rate, response } from './support.js';

const criteria = sipas2017.sections.flatMap((s) => s.items).filter((i) => i.scoring?.role === 'criterion').map((i) => i.id);
const ungated = criteria.filter((id) => !['c5.2', 'c5.3', 'c5.4'].includes(id));
const elementSatisfaction = ['sat-access', 'sat-procedures', 'sat-servants', 'sat-results', 'sat-feedback'];
/** Since 2017.2 the satisfaction with the handling of feedback is asked only after the gate's "yes". */
const ungatedSatisfaction = elementSatisfaction.filter((id) => id !== 'sat-feedback');

/** A figure as printed, with its n and flag: what a reader sees. */
const shown = (f: Figure) => `${formatIndex(f.value)} n=${f.n}${f.lowN ? ' low' : ''}`;
const criterion = (g: GroupResult, id: string) => g.elements.flatMap((e) => e.criteria).find((c) => c.itemId === id)!.index;
const element = (g: GroupResult, id: string) => g.elements.find((e) => e.id === id)!;
const expectation = (g: GroupResult, option: string) => g.expectations.find((x) => x.option === option)!.share;

describe('scoring: the default method, hand-computed', () => {
  // R1 satisfied everywhere, gate "no" (so not asked sat-feedback); R2 dissatisfied on criteria, gate "yes" and 5 on 5.2–5.4;
  // R3 answered only 1.1 (3) and sat-access (4); R4 answered the gate only. Minimum n = 2.
  const responses = [
    response({ ...rate(ungated, 4), 'feedback-given': 'no', ...rate(ungatedSatisfaction, 5), 'sat-overall': 4, expectations: ['simplify-procedures', 'shorten-time'] }),
    response({ ...rate(ungated, 2), 'feedback-given': 'yes', ...rate(['c5.2', 'c5.3', 'c5.4'], 5), ...rate(elementSatisfaction, 3), 'sat-overall': 5, expectations: ['shorten-time'] }),
    response({ 'c1.1': 3, 'feedback-given': 'no', 'sat-access': 4 }),
    response({ 'feedback-given': 'no' }),
  ];
  const results = scoreResponses(responses, [sipas2017], {}, 2);
  const group = results.groups[0]!;

  const cases: [name: string, figure: () => Figure, expected: string][] = [
    ['criterion 1.1: 1 of 3 answers satisfied; R4 did not answer it', () => criterion(group, 'c1.1'), '33.33 n=3'],
    ['criterion 1.2: 1 of 2', () => criterion(group, 'c1.2'), '50.00 n=2'],
    ['criterion 5.2: only the one respondent asked (gate "yes") counts', () => criterion(group, 'c5.2'), '100.00 n=1 low'],
    ['access evaluation: mean of 33.33, 50, 50, 50; n is the smallest n', () => element(group, 'access').evaluation, '45.83 n=2'],
    ['feedback evaluation: mean of 50, 100, 100, 100', () => element(group, 'feedback').evaluation, '87.50 n=1 low'],
    ['access satisfaction: 5, 3, 4 → 2 of 3', () => element(group, 'access').satisfaction, '66.67 n=3'],
    ['procedures satisfaction: 5, 3 → 1 of 2', () => element(group, 'procedures').satisfaction, '50.00 n=2'],
    ['feedback satisfaction: only R2 was asked (gate "yes"): 3 → 0 of 1', () => element(group, 'feedback').satisfaction, '0.00 n=1 low'],
    ['SIPAS: mean of 66.67, 50, 50, 50, 0; n is the smallest, the feedback givers’', () => group.sipas, '43.33 n=1 low'],
    ['overall question: 4 and 5', () => group.overall, '100.00 n=2'],
    ['mean of element evaluations: 45.83, 50, 50, 50, 87.5', () => group.evaluation, '56.67 n=1 low'],
    ['expectation chosen by both who answered', () => expectation(group, 'shorten-time'), '100.00 n=2'],
    ['expectation chosen by one of two', () => expectation(group, 'simplify-procedures'), '50.00 n=2'],
    ['expectation nobody chose', () => expectation(group, 'facilities'), '0.00 n=2'],
  ];
  for (const [name, figure, expected] of cases) it(name, () => expect(shown(figure())).to.equal(expected));

  it('counts every response, ranks expectations and keeps full precision', () => {
    expect(group.responses).to.equal(4);
    expect(group.expectations.slice(0, 2).map((x) => x.option)).to.deep.equal(['shorten-time', 'simplify-procedures']);
    expect(criterion(group, 'c1.1').value).to.equal(100 / 3);
  });
});

describe('scoring: sipas-2017 2017.1 responses, which asked everyone sat-feedback', () => {
  it('are still scored, under their own version, with the definitions the CLI and the report load', async () => {
    const definitions = await scoredDefinitions();
    const old = { id: 'sipas-2017', version: '2017.1' };
    const responses = [
      response({ 'c1.1': 5, 'feedback-given': 'no', 'sat-feedback': 5 }, { questionnaire: old }),
      response({ 'c1.1': 4, 'feedback-given': 'no' }),
    ];
    const results = scoreResponses(responses, definitions, {}, 1);
    expect(results.accepted).to.equal(2);
    expect(results.groups.map((g) => g.questionnaire.version).sort()).to.deep.equal(['2017.1', '2017.2']);
    const v1 = results.groups.find((g) => g.questionnaire.version === '2017.1')!;
    expect(shown(element(v1, 'feedback').satisfaction)).to.equal('100.00 n=1');
    // Under 2017.2 the same answer is one to a question not asked.
    expect(scoreResponses(responses.slice(0, 1).map((r) => ({ ...r, questionnaire: { ...r.questionnaire, version: '2017.2' } })), definitions).accepted).to.equal(0);
  });
});

describe('scoring: edge cases', () => {
  it('empty input: no groups, nothing rejected', () => {
    const results = scoreResponses([], [sipas2017]);
    expect(results.groups).to.deep.equal([]);
    expect([results.seen, results.accepted]).to.deep.equal([0, 0]);
  });

  it('all questions skipped: every index is missing with n = 0, never 0 %', () => {
    const group = scoreResponses([response({}), response({})], [sipas2017]).groups[0]!;
    expect(group.responses).to.equal(2);
    for (const f of [group.sipas, group.overall, group.evaluation, ...group.elements.flatMap((e) => [e.evaluation, e.satisfaction])]) {
      expect(shown(f)).to.equal('— n=0 low');
    }
  });

  it('a mean over a missing index is missing, not a mean of the rest', () => {
    const group = scoreResponses([response({ ...rate(ungated, 5), 'feedback-given': 'no' })], [sipas2017], {}, 1).groups[0]!;
    expect(shown(element(group, 'access').evaluation)).to.equal('100.00 n=1');
    expect(shown(element(group, 'feedback').evaluation)).to.equal('— n=0 low');
    expect(group.evaluation.value).to.equal(null);
  });

  const formats: [value: number | null, separator: string, expected: string][] = [
    [null, '.', '—'],
    [0, '.', '0.00'],
    [100, ',', '100,00'],
    [100 / 3, '.', '33.33'],
    [200 / 3, ',', '66,67'],
    [(84.44 + 84.45) / 2, '.', '84.45'],
    [(10000 * 201) / 20000 / 100, '.', '1.01'],
  ];
  for (const [value, separator, expected] of formats) {
    it(`formatIndex(${value}, "${separator}") is ${expected}`, () => expect(formatIndex(value, separator)).to.equal(expected));
  }
});

describe('scoring: cuts and periods', () => {
  const periods: [timestamp: string, period: 'month' | 'quarter' | 'year', expected: string][] = [
    ['2026-03-31T16:59:59.000Z', 'month', '2026-03'],
    ['2026-03-31T17:00:00.000Z', 'month', '2026-04'],
    ['2026-03-31T17:00:00.000Z', 'quarter', '2026-Q2'],
    ['2025-12-31T18:00:00.000Z', 'year', '2026'],
    ['2025-12-31T16:00:00.000Z', 'quarter', '2025-Q4'],
  ];
  for (const [timestamp, period, expected] of periods) {
    it(`${timestamp} falls in ${expected} (${period}, Vietnam time)`, () => expect(periodOf(timestamp, period, 420)).to.equal(expected));
  }

  it('cuts by context fields and period; a missing field is its own group, listed last', () => {
    const responses = [
      response({ 'sat-overall': 5 }, { context: { agencyCode: 'B', channel: 'online' }, submittedAt: '2026-01-10T02:00:00.000Z' }),
      response({ 'sat-overall': 1 }, { context: { agencyCode: 'A', channel: 'online' }, submittedAt: '2026-02-10T02:00:00.000Z' }),
      response({ 'sat-overall': 4 }, { context: { agencyCode: 'A', channel: 'online' }, submittedAt: '2026-02-11T02:00:00.000Z' }),
      response({ 'sat-overall': 4 }, { context: { channel: 'postal' }, submittedAt: '2026-02-11T02:00:00.000Z' }),
    ];
    const results = scoreResponses(responses, [sipas2017], { by: ['agencyCode'], period: 'month' }, 1);
    expect(results.groups.map((g) => [g.cut, shown(g.overall)])).to.deep.equal([
      [{ agencyCode: 'A', period: '2026-02' }, '50.00 n=2'],
      [{ agencyCode: 'B', period: '2026-01' }, '100.00 n=1'],
      [{ agencyCode: null, period: '2026-02' }, '100.00 n=1'],
    ]);
  });

  it('cuts by desk and by mode; a response without collection (schema 1) counts as online', () => {
    const responses = [
      response({ 'sat-overall': 5 }, { context: { desk: 'Quầy 3' }, collection: { mode: 'kiosk' } }),
      response({ 'sat-overall': 1 }, { context: { desk: 'Quầy 3' }, collection: { mode: 'kiosk' } }),
      response({ 'sat-overall': 4 }, { context: { desk: 'Quầy 1' }, collection: { mode: 'paper', formNumber: 'A-0001', fieldDate: '2026-02-27' } }),
      response({ 'sat-overall': 2 }, { context: {} }),
    ];
    const byDesk = scoreResponses(responses, [sipas2017], { by: ['desk'] }, 1);
    expect(byDesk.groups.map((g) => [g.cut, shown(g.overall)])).to.deep.equal([
      [{ desk: 'Quầy 1' }, '100.00 n=1'],
      [{ desk: 'Quầy 3' }, '50.00 n=2'],
      [{ desk: null }, '0.00 n=1'],
    ]);
    const byMode = scoreResponses(responses, [sipas2017], { by: ['mode'] }, 1);
    expect(byMode.groups.map((g) => [g.cut, g.responses])).to.deep.equal([
      [{ mode: 'kiosk' }, 2],
      [{ mode: 'online' }, 1],
      [{ mode: 'paper' }, 1],
    ]);
  });

  it('every cut is read from one list, the one the command line and the SQL generator use', () => {
    expect(CUT_FIELDS).to.deep.equal(Object.keys(CUTS));
    expect(CUT_FIELDS).to.include.members(['desk', 'mode']);
    const kiosk = response({}, { context: { desk: 'Quầy 3', channel: 'in-person' }, collection: { mode: 'kiosk' } });
    expect(CUT_FIELDS.map((field) => cutValue(kiosk, field))).to.deep.equal([null, null, null, null, null, 'in-person', 'Quầy 3', 'kiosk']);
  });

  it("a partial response (a kiosk's idle submit) counts its answered questions like any other; unanswered ones are left out", () => {
    const complete = response({ ...rate(ungated, 4), 'feedback-given': 'no', 'sat-overall': 4 });
    const partial = response({ 'c1.1': 2, 'c1.2': 5 }, { completion: 'partial', collection: { mode: 'kiosk' } });
    const group = scoreResponses([complete, partial], [sipas2017], {}, 1).groups[0]!;
    expect(group.responses).to.equal(2);
    expect(shown(criterion(group, 'c1.1'))).to.equal('50.00 n=2');
    expect(shown(criterion(group, 'c1.2'))).to.equal('100.00 n=2');
    expect(shown(criterion(group, 'c2.1'))).to.equal('100.00 n=1');
    expect(shown(group.overall)).to.equal('100.00 n=1');
  });
});

describe('scoring: merging shards', () => {
  const sample = [...syntheticResponses({ definition: sipas2017, count: 1500, seed: 11 })];
  const options = { by: ['agencyCode', 'channel'] as ('agencyCode' | 'channel')[], period: 'quarter' as const };
  const scoreShard = (shard: unknown[]) => {
    const scorer = new Scorer([sipas2017], options);
    for (const r of shard) scorer.add(r);
    return scorer.counts;
  };

  it('shards scored apart and merged, in any order, give exactly the numbers of one pass', () => {
    const whole = scoreShard(sample);
    const [a, b, c] = [scoreShard(sample.slice(0, 400)), scoreShard(sample.slice(400, 1100)), scoreShard(sample.slice(1100))];
    const merged = JSON.parse(JSON.stringify(mergeCounts(a, mergeCounts(b, c))));
    const reordered = mergeCounts(mergeCounts(c, a), b);
    const one = computeResults(whole, [sipas2017]);
    expect(computeResults(merged, [sipas2017])).to.deep.equal(one);
    expect(computeResults(reordered, [sipas2017])).to.deep.equal(one);
    expect(one.groups.length).to.be.greaterThan(10);
  });

  it('merging with an empty shard changes nothing, and shards with other cuts are refused', () => {
    const whole = scoreShard(sample.slice(0, 200));
    expect(computeResults(mergeCounts(createCounts(options), whole), [sipas2017])).to.deep.equal(computeResults(whole, [sipas2017]));
    expect(() => mergeCounts(whole, createCounts({ by: ['field'] }))).to.throw(/different cuts/);
  });
});

describe('scoring: what is not counted', () => {
  const good = [response({ 'c1.1': 5, 'feedback-given': 'no' }), response({ 'c1.1': 2, 'feedback-given': 'yes', 'c5.2': 4 })];
  const bad: [name: string, line: string, reason: string, detail: RegExp][] = [
    ['a line that is not JSON', '{"schemaVersion": 1,', 'not-json', /JSON/],
    ['an object that is not a response', '{"hello":"world"}', 'invalid-response', /schemaVersion/],
    ['an unknown questionnaire version', JSON.stringify(response({}, { questionnaire: { id: 'sipas-2017', version: '1999.1' } })), 'unknown-questionnaire', /sipas-2017@1999\.1/],
    ['an answer to a question not asked (gate "no")', JSON.stringify(response({ 'feedback-given': 'no', 'c5.2': 1 })), 'answers-mismatch', /c5\.2.*feedback-given/],
    ['a code outside the scale', JSON.stringify(response({ 'c1.1': 7 })), 'answers-mismatch', /c1\.1.*7/],
    ['an item the questionnaire does not have', JSON.stringify(response({ 'c9.9': 4 })), 'answers-mismatch', /c9\.9/],
  ];
  for (const [name, line, reason, detail] of bad) {
    it(`${name} is reported as ${reason} and changes no index`, () => {
      const scorer = new Scorer([sipas2017]);
      for (const r of good) scorer.addLine(JSON.stringify(r));
      const before = computeResults(scorer.counts, [sipas2017]).groups;
      const outcome = scorer.addLine(line);
      expect(outcome?.ok).to.equal(false);
      if (outcome && !outcome.ok) {
        expect(outcome.reason).to.equal(reason);
        expect(outcome.detail).to.match(detail);
      }
      const after = computeResults(scorer.counts, [sipas2017]);
      expect(after.groups).to.deep.equal(before);
      expect(after.rejected[reason as keyof typeof after.rejected]).to.equal(1);
      expect([after.seen, after.accepted]).to.deep.equal([3, 2]);
    });
  }

  it('blank lines are not responses', () => {
    const scorer = new Scorer([sipas2017]);
    expect(scorer.addLine('   ')).to.equal(undefined);
    expect(scorer.addBytes(new TextEncoder().encode(' \t\r'), (b) => String.fromCharCode(...b))).to.equal(undefined);
    expect(scorer.counts.seen).to.equal(0);
  });

  it('a line too long to read is counted under its own reason and changes no index', () => {
    const scorer = new Scorer([sipas2017]);
    for (const r of good) scorer.addLine(JSON.stringify(r));
    const outcome = scorer.addLongLine(2_000_000, 1_048_576);
    expect(outcome).to.deep.equal({ ok: false, reason: 'line-too-long', detail: 'is 2000000 bytes long; lines longer than 1048576 bytes are not read' });
    const results = computeResults(scorer.counts, [sipas2017]);
    expect([results.seen, results.accepted, results.rejected['line-too-long']]).to.deep.equal([3, 2, 1]);
  });

  it('works out the detail of a refusal only when it is read', () => {
    const scorer = new Scorer([sipas2017]);
    const outcome = scorer.addLine('{}');
    expect(Object.getOwnPropertyDescriptor(outcome, 'detail')?.get, 'detail is a getter').to.be.a('function');
    expect(outcome).to.include({ ok: false, reason: 'invalid-response' });
    expect(outcome && !outcome.ok && outcome.detail).to.match(/^schemaVersion /);
  });
});

describe('scoring: lines given as bytes, read as Latin-1 first, count exactly as their text', () => {
  const encoder = new TextEncoder();
  /** One char per byte, as Node's buffer.toString('latin1') reads (the command line's fast reading). */
  const latin1 = (bytes: Uint8Array) => String.fromCharCode(...bytes);
  const vietnamese: ServiceContext = { agencyCode: '25.721.25975', agencyName: 'UBND xã Tân Định', procedureName: 'Chứng thực bản sao', field: 'Tư pháp', channel: 'online', desk: 'Quầy 3' };
  const good = response({ ...rate(ungated, 4), 'feedback-given': 'no' }, { context: vietnamese, collection: { mode: 'kiosk' } });
  const json = (value: unknown) => JSON.stringify(value);
  const lines: [name: string, bytes: Uint8Array][] = [
    ['ASCII only', encoder.encode(json(response({ 'c1.1': 5, 'feedback-given': 'no' })))],
    ['Vietnamese context, cut by it', encoder.encode(json(good))],
    // The same names written as \u escapes: their characters would mix with the Latin-1 bytes, so the text decides.
    ['\\u escapes in the context', encoder.encode(json(good).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))],
    ['a comment of exactly 1,000 characters, 2,000 bytes', encoder.encode(json(response({ 'feedback-given': 'no', comment: 'ố'.repeat(500) + 'a'.repeat(500) }, { context: vietnamese })))],
    ['a comment of 1,001 characters', encoder.encode(json(response({ 'feedback-given': 'no', comment: 'ố'.repeat(1001) })))],
    ['invalid UTF-8 in a context name', new Uint8Array([...encoder.encode(json(good)).map((b, i, all) => (i === all.indexOf(0xc3) ? 0xff : b))])],
    ['a code outside the scale', encoder.encode(json(response({ 'c1.1': 7 }, { context: vietnamese })))],
    ['an unknown questionnaire', encoder.encode(json(response({}, { questionnaire: { id: 'sipas-2017', version: '1999.1' } })))],
    ['not JSON', encoder.encode('{"schemaVersion":1,')],
    ['not JSON, with letters', encoder.encode('{"tên": "Tân Định" x}')],
    ['an object that is not a response', encoder.encode('{}')],
    ['a byte-order mark before a response', encoder.encode(`\uFEFF${json(good)}`)],
    ['a no-break space only (not JSON whitespace)', encoder.encode('\u00a0')],
    ['blank', encoder.encode('  \t ')],
  ];
  for (const by of [[], ['agencyName', 'procedureName', 'field', 'desk', 'mode'] as const]) {
    it(`gives the outcome and the counts of addLine, line by line${by.length ? ', cut by names' : ''}`, () => {
      const fast = new Scorer([sipas2017], { by: [...by] });
      const exact = new Scorer([sipas2017], { by: [...by] });
      for (const [name, bytes] of lines) {
        expect(fast.addBytes(bytes, latin1), name).to.deep.equal(exact.addLine(new TextDecoder().decode(bytes)));
        expect(fast.counts, name).to.deep.equal(exact.counts);
      }
      expect(fast.counts.accepted).to.equal(6);
      expect(Object.values(fast.counts.groups).map((g) => g.cut.agencyName ?? '')).to.include(by.length ? 'UBND xã Tân Định' : '');
      expect(Object.values(fast.counts.groups).map((g) => g.cut.desk ?? '')).to.include(by.length ? 'Quầy 3' : '');
    });
  }
});

describe('scoring: the fast structural check agrees with the response schema', () => {
  const base = JSON.parse(JSON.stringify([...syntheticResponses({ definition: sipas2017, count: 1, seed: 5 })][0]));
  const mutations: [string, (r: any) => void][] = [
    ['unchanged', () => {}],
    ['extra property', (r) => (r.extra = 1)],
    ['bad uuid', (r) => (r.responseId = 'nope')],
    ['impossible date', (r) => (r.submittedAt = '2026-02-30T01:00:00.000Z')],
    ['offset date', (r) => (r.submittedAt = '2026-02-03T01:00:00+07:00')],
    ['upper-case hash', (r) => (r.questionnaire.textHash = '0123456789ABCDEF')],
    ['extra questionnaire key', (r) => (r.questionnaire.x = 1)],
    ['unknown channel', (r) => (r.context.channel = 'fax')],
    ['empty context text', (r) => (r.context.field = '')],
    ['unknown context key', (r) => (r.context.dossier = '1')],
    ['fractional rating', (r) => (r.answers['c1.1'] = 4.5)],
    ['answer object', (r) => (r.answers['c1.1'] = { code: 4 })],
    ['list of numbers', (r) => (r.answers.expectations = [1])],
    ['long answer key', (r) => (r.answers['x'.repeat(65)] = 1)],
    ['respondent null', (r) => (r.respondent = null)],
    ['schema version 2', (r) => (r.schemaVersion = 2)],
    ['schema version 1.1', (r) => (r.schemaVersion = 1.1)],
    ['schema version 1.2', (r) => (r.schemaVersion = 1.2)],
    ['desk', (r) => (r.context.desk = 'Quầy 3')],
    ['desk of 51 characters', (r) => (r.context.desk = 'x'.repeat(51))],
    ['kiosk, partial', (r) => Object.assign(r, { collection: { mode: 'kiosk' }, completion: 'partial' })],
    ['paper with its facts', (r) => (r.collection = { mode: 'paper', formNumber: 'A-17', enumerator: 'NV02', batch: '2026-03', fieldDate: '2026-02-28' })],
    ['unknown mode', (r) => (r.collection = { mode: 'phone' })],
    ['collection without mode', (r) => (r.collection = { formNumber: 'A-17' })],
    ['impossible field date', (r) => (r.collection = { mode: 'paper', fieldDate: '2026-02-30' })],
    ['field date with a time', (r) => (r.collection = { mode: 'paper', fieldDate: '2026-02-28T00:00:00Z' })],
    ['empty form number', (r) => (r.collection = { mode: 'paper', formNumber: '' })],
    ['unknown collection key', (r) => (r.collection = { mode: 'paper', enumeratorName: 'x' })],
    ['completion "complete"', (r) => (r.completion = 'complete')],
    ['local wording', (r) => (r.questionnaire.overridden = true)],
    ['local wording "false"', (r) => (r.questionnaire.overridden = false)],
  ];
  /** What both the schema and the fast check accept; every other mutation both refuse. */
  const accepted = ['unchanged', 'local wording', 'schema version 1.1', 'desk', 'kiosk, partial', 'paper with its facts'];
  for (const [name, mutate] of mutations) {
    it(`${name}: the fast check and the schema agree (${accepted.includes(name) ? 'accepted' : 'refused'})`, () => {
      const value = structuredClone(base);
      mutate(value);
      const expected = accepted.includes(name);
      expect({ schema: ResponseSchema.safeParse(value).success, fast: isWellFormedResponse(value) }).to.deep.equal({ schema: expected, fast: expected });
    });
  }

  it('what lacksRequiredKeys refuses, the schema refuses; what it lets through is left to the schema', () => {
    const required = ['schemaVersion', 'responseId', 'questionnaire', 'locale', 'startedAt', 'submittedAt', 'context', 'answers'];
    const refused = [{}, [], null, 42, 'text', { hello: 'world' }, ...required.map((key) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key)))];
    for (const value of refused) {
      expect({ quick: lacksRequiredKeys(value), schema: ResponseSchema.safeParse(value).success }, JSON.stringify(value)).to.deep.equal({ quick: true, schema: false });
    }
    const { respondent: _, ...withoutOptional } = { ...base, respondent: {} };
    for (const value of [base, withoutOptional, { ...base, responseId: 'nope' }]) expect(lacksRequiredKeys(value)).to.equal(false);
  });
});

describe('scoring: other questionnaires need data, not code', () => {
  // A 3-level scale (satisfied: 2, 3) and a 3-level priority row (high: 1 "Rất nhiều", 2 "Nhiều").
  const custom: Definition = {
    schemaVersion: 1,
    id: 'commune-short',
    version: '1',
    defaultLocale: 'vi',
    title: { vi: 'Phiếu ngắn' },
    provenance: { wording: 'ours', source: 'test', unofficialLocales: [] },
    scales: [
      { id: 's3', satisfiedCodes: [2, 3], options: [1, 2, 3].map((code) => ({ code, label: { vi: `m${code}` } })) },
      { id: 'priority', satisfiedCodes: [1, 2], options: [1, 2, 3].map((code) => ({ code, label: { vi: `p${code}` } })) },
    ],
    sections: [
      {
        id: 'online',
        title: { vi: 'Trực tuyến' },
        items: [
          { id: 'ease', type: 'rating', scale: 's3', required: true, label: { vi: 'Dễ dùng' }, scoring: { role: 'criterion', element: 'online' } },
          { id: 'speed', type: 'rating', scale: 's3', required: true, label: { vi: 'Đúng hạn' }, scoring: { role: 'criterion', element: 'online' } },
          { id: 'sat', type: 'rating', scale: 's3', required: true, label: { vi: 'Hài lòng' }, scoring: { role: 'element-satisfaction', element: 'online' } },
          { id: 'overall', type: 'rating', scale: 's3', required: true, label: { vi: 'Tổng thể' }, scoring: { role: 'overall-satisfaction' } },
          { id: 'prio-it', type: 'rating', scale: 'priority', required: false, label: { vi: 'Chuyển đổi số' }, scoring: { role: 'expectation' } },
        ],
      },
    ],
  };
  const q = { id: 'commune-short', version: '1' };
  const responses = [
    response({ ease: 3, speed: 1, sat: 2, overall: 1, 'prio-it': 1 }, { questionnaire: q }),
    response({ ease: 1, speed: 1, sat: 3, overall: 2, 'prio-it': 3 }, { questionnaire: q }),
    response({ ease: 2, sat: 1, overall: 3, 'prio-it': 2 }, { questionnaire: q }),
  ];
  const group = scoreResponses(responses, [custom], {}, 1).groups[0]!;
  const cases: [string, () => Figure, string][] = [
    ['criterion on a 3-level scale: 2 of 3 satisfied', () => criterion(group, 'ease'), '66.67 n=3'],
    ['criterion left unanswered once: 0 of 2', () => criterion(group, 'speed'), '0.00 n=2'],
    ['element evaluation: mean of 66.67 and 0', () => element(group, 'online').evaluation, '33.33 n=2'],
    ['SIPAS over the one element', () => group.sipas, '66.67 n=3'],
    ['overall question', () => group.overall, '66.67 n=3'],
    ['priority row: share of "Rất nhiều" + "Nhiều"', () => group.expectations[0]!.share, '66.67 n=3'],
  ];
  for (const [name, figure, expected] of cases) it(name, () => expect(shown(figure())).to.equal(expected));
});
