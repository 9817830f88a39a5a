import { expect } from '@open-wc/testing';
import { buildResponse, wordingHash } from '../../src/model/response.js';
import { parseContext } from '../../src/model/context.js';
import { shortHash } from '../../src/model/hash.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { ResponseSchema } from '../../src/schema/response.js';

const input = () => ({
  definition: sipas2017,
  answers: { 'c1.1': 4, 'feedback-given': 'no', 'c5.2': 5, gender: 'female', comment: 'Nhanh gọn' },
  context: { agencyCode: '000.00.25.H57', channel: 'in-person' as const, field: '' },
  locale: 'vi',
  startedAt: new Date('2026-05-01T01:00:00Z'),
  submittedAt: new Date('2026-05-01T01:05:00Z'),
  responseId: '7d444840-9dc0-41dc-a6f7-4e1b1b2b5e2a',
});

describe('model: response envelope', () => {
  it('is deterministic for the same input', () => {
    expect(buildResponse(input())).to.deep.equal(buildResponse(input()));
  });

  it('keeps only shown answers, splits the respondent block out, drops empty context', () => {
    const response = buildResponse(input());
    expect(response.answers).to.deep.equal({ 'c1.1': 4, 'feedback-given': 'no', comment: 'Nhanh gọn' });
    expect(response.respondent).to.deep.equal({ gender: 'female' });
    expect(response.context).to.deep.equal({ agencyCode: '000.00.25.H57', channel: 'in-person' });
    expect(response.startedAt).to.equal('2026-05-01T01:00:00.000Z');
    expect(response.questionnaire).to.deep.include({ id: 'sipas-2017', version: '2017.2' });
    expect(ResponseSchema.safeParse(response).success).to.equal(true);
  });

  it('omits the respondent block when none was given', () => {
    const response = buildResponse({ ...input(), answers: { 'c1.1': 3 } });
    expect('respondent' in response).to.equal(false);
  });

  it('the wording hash changes with any label and with the language', () => {
    const altered = structuredClone(sipas2017);
    altered.sections[0]!.items[0]!.label.vi = 'Nơi ngồi chờ rộng rãi';
    const standard = wordingHash(sipas2017, 'vi');
    expect(standard).to.match(/^[0-9a-f]{16}$/);
    expect(wordingHash(altered, 'vi')).to.not.equal(standard);
    expect(wordingHash(altered, 'en')).to.equal(wordingHash(sipas2017, 'en'));
    expect(wordingHash(sipas2017, 'en')).to.not.equal(standard);
  });

  const hashes: [string, string][] = [
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ];
  for (const [text, hash] of hashes) {
    it(`FNV-1a 64 of ${JSON.stringify(text)} is the published value`, () => expect(shortHash(text)).to.equal(hash));
  }
});

describe('model: service context', () => {
  const cases: { name: string; attributes: Record<string, string>; ok: boolean; problem?: RegExp }[] = [
    { name: 'all attributes', attributes: { 'agency-code': 'X', 'agency-name': 'UBND xã Phú An', channel: 'online' }, ok: true },
    { name: 'a bad channel names the allowed values', attributes: { channel: 'fax' }, ok: false, problem: /"in-person", "online", "postal"/ },
    { name: 'an overlong name', attributes: { 'agency-name': 'x'.repeat(301) }, ok: false, problem: /at most 300/ },
    { name: 'blank attributes are ignored', attributes: { field: '   ' }, ok: true },
    { name: 'a desk of 50 characters', attributes: { desk: 'x'.repeat(50) }, ok: true },
    { name: 'a desk of 51 characters is refused', attributes: { desk: 'x'.repeat(51) }, ok: false, problem: /51 characters long; at most 50/ },
  ];
  for (const { name, attributes, ok, problem } of cases) {
    it(name, () => {
      const result = parseContext(attributes);
      expect(result.ok).to.equal(ok);
      if (!result.ok) expect(result.problems[0]!.message).to.match(problem!);
    });
  }
});
