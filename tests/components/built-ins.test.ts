import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { dvcOnline } from '../../src/definitions/dvc-online.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { sipas2022 } from '../../src/definitions/sipas-2022.js';
import type { Definition } from '../../src/schema/definition.js';
import { scoreResponses } from '../../src/scoring/index.js';
import type { RetryPolicy } from '../../src/transport/retry-schedule.js';
import { CountingStore, details, mountSurvey, TestReceiver, until } from '../support/delivery.js';
import { completeRequired } from '../support/harness.js';

const quick: Partial<RetryPolicy> = { baseDelayMs: 20, maxDelayMs: 100, jitter: 0, timeoutMs: 2000 };

afterEach(() => {
  for (const el of document.querySelectorAll('sipas-survey')) el.remove();
});

describe('the built-in questionnaires end to end: render, validate, submit, deliver, score', () => {
  const builtIns: [string, Definition][] = [
    ['sipas-2017', sipas2017],
    ['sipas-2022', sipas2022],
    ['dvc-online', dvcOnline],
  ];
  for (const [id, definition] of builtIns) {
    it(id, async () => {
      const receiver = new TestReceiver();
      const { el, events } = await mountSurvey({ storage: new CountingStore(), retryPolicy: quick }, { questionnaire: id, endpoint: receiver.endpoint, layout: 'single' });
      expect(await el.submit(), 'an empty questionnaire is refused').to.equal(undefined);
      await completeRequired(el, definition);
      const response = await el.submit();
      expect(response?.questionnaire).to.deep.include({ id, version: definition.version });
      await until(() => details(events, 'sipas-delivered').length > 0, 'sipas-delivered fired');
      const stored = await receiver.stored();
      expect(stored.map((r) => r.responseId)).to.deep.equal([response!.responseId]);

      // Every required rating was answered with a satisfied code, so every criterion asked scores 100 % over n = 1.
      const results = scoreResponses(stored, [definition], {}, 1);
      expect(results.accepted).to.equal(1);
      expect(Object.values(results.rejected).reduce((a, b) => a + b, 0)).to.equal(0);
      const criteria = results.groups[0]!.elements.flatMap((element) => element.criteria);
      const asked = criteria.filter((criterion) => criterion.index.n > 0);
      expect(asked.length).to.be.at.least(3);
      expect(asked.every((criterion) => criterion.index.value === 100 && criterion.index.n === 1)).to.equal(true);
      expect(criteria.filter((criterion) => criterion.index.n === 0).every((criterion) => criterion.index.value === null)).to.equal(true);
    });
  }
});
