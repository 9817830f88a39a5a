import { expect, html, oneEvent } from '@open-wc/testing';
import '../../src/define.js';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import type { SipasErrorEvent } from '../../src/events/error.js';
import type { SipasSubmitEvent } from '../../src/events/submit.js';
import { builtInDefinitions, type QuestionnaireId } from '../../src/definitions/index.js';
import { sipas2017 } from '../../src/definitions/sipas-2017.js';
import { ResponseSchema } from '../../src/schema/response.js';
import type { Definition } from '../../src/schema/definition.js';
import { answer, completeRequired, errors, root, settle, shownQuestions, submit, surveyFixture, uncaughtDuring } from '../support/harness.js';

/** A complete small custom definition, as a commune would write it (the README's example). */
const custom = (): Definition => ({
  schemaVersion: 1,
  id: 'phu-an-mot-cua',
  version: '2026.1',
  defaultLocale: 'vi',
  title: { vi: 'Góp ý về Bộ phận một cửa xã Phú An' },
  provenance: { wording: 'ours', source: 'UBND xã Phú An', unofficialLocales: [] },
  scales: [
    {
      id: 'hai-long-3',
      satisfiedCodes: [2, 3],
      options: [
        { code: 3, label: { vi: 'Rất hài lòng' } },
        { code: 2, label: { vi: 'Hài lòng' } },
        { code: 1, label: { vi: 'Không hài lòng' } },
      ],
    },
  ],
  sections: [
    {
      id: 'phuc-vu',
      title: { vi: 'Sự phục vụ' },
      items: [
        { id: 'gio-lam-viec', type: 'rating', scale: 'hai-long-3', required: true, label: { vi: 'Giờ làm việc thuận tiện' }, scoring: { role: 'criterion', element: 'phuc-vu' } },
        {
          id: 'can-cai-thien',
          type: 'choice',
          multiple: true,
          minChoices: 1,
          maxChoices: 2,
          required: false,
          label: { vi: 'Cần cải thiện (chọn 1–2)' },
          options: [
            { value: 'cho-ngoi', label: { vi: 'Chỗ ngồi chờ' } },
            { value: 'gui-xe', label: { vi: 'Chỗ gửi xe' } },
            { value: 'khac', label: { vi: 'Khác' } },
          ],
        },
        { id: 'khac-ghi-ro', type: 'text', multiline: false, maxLength: 100, required: true, visibleIf: { item: 'can-cai-thien', anyOf: ['khac'] }, label: { vi: 'Khác (ghi rõ)' } },
      ],
    },
  ],
});

const blobUrl = (text: string) => URL.createObjectURL(new Blob([text], { type: 'application/json' }));

/** An element in a configuration-error state, and the sipas-error it fired. */
async function failingFixture(configure: (el: SipasSurvey) => void): Promise<{ el: SipasSurvey; error: SipasErrorEvent }> {
  const el = document.createElement('sipas-survey');
  el.setAttribute('no-draft', '');
  configure(el);
  const fired = oneEvent(el, 'sipas-error') as Promise<SipasErrorEvent>;
  document.body.append(el);
  const error = await fired;
  await settle(el);
  return { el, error };
}

/** What the citizen reads in a configuration-error state. */
function shownText(el: SipasSurvey): string {
  return root(el).querySelector('.configuration-error')!.textContent!.replace(/\s+/g, ' ').trim();
}

describe('<sipas-survey>: the built-in questionnaires end to end', () => {
  for (const id of Object.keys(builtInDefinitions) as QuestionnaireId[]) {
    it(`${id}: renders, refuses an incomplete submit, submits a complete one as a valid response`, async () => {
      const definition = await builtInDefinitions[id]();
      const el = await surveyFixture(html`<sipas-survey questionnaire=${id} layout="single" no-draft agency-code="25.721.25975"></sipas-survey>`);
      expect(root(el).querySelector('[part=title]')!.textContent).to.equal(definition.title.vi);
      const firstRequired = definition.sections.flatMap((s) => s.items).find((i) => i.required)!;
      await submit(el);
      expect(errors(el)).to.have.property(firstRequired.id);
      await completeRequired(el, definition);
      const submitted = oneEvent(el, 'sipas-submit') as Promise<SipasSubmitEvent>;
      await submit(el);
      const response = (await submitted).detail;
      expect(ResponseSchema.safeParse(response).success).to.equal(true);
      expect(response.questionnaire).to.deep.include({ id: definition.id, version: definition.version });
      expect(response.questionnaire).to.not.have.property('overridden');
      const criteria = definition.sections.flatMap((s) => s.items).filter((i) => i.required && i.type === 'rating' && !i.visibleIf);
      expect(Object.keys(response.answers)).to.include.members(criteria.map((i) => i.id));
      el.remove();
    });
  }

  it('dvc-online: "Không hài lòng" asks for a reason, required; another answer hides it', async () => {
    const el = await surveyFixture(html`<sipas-survey questionnaire="dvc-online" layout="single" no-draft></sipas-survey>`);
    expect(shownQuestions(el)).to.deep.equal(['overall', 'convenience', 'timeliness', 'attitude']);
    await answer(el, 'timeliness', 1);
    expect(shownQuestions(el)).to.include('timeliness-reason');
    await answer(el, 'overall', 3);
    await answer(el, 'convenience', 2);
    await answer(el, 'attitude', 2);
    await submit(el);
    expect(Object.keys(errors(el))).to.deep.equal(['timeliness-reason']);
    await answer(el, 'timeliness', 2);
    expect(shownQuestions(el)).to.not.include('timeliness-reason');
  });

  it('sipas-2022: the statements keep the form’s numbers 15–33 and the priority rows skip 8', async () => {
    const el = await surveyFixture(html`<sipas-survey questionnaire="sipas-2022" layout="single" no-draft></sipas-survey>`);
    const numbers = [...root(el).querySelectorAll('.question .legend')].map((legend) => /^(.+?\.) /.exec(legend.textContent!)?.[1]);
    expect(numbers).to.include.members(['15.', '33.', '7.', '9.', '10.']).and.not.include('8.');
  });
});

describe('<sipas-survey>: custom definitions', () => {
  it('shows a definition object given in the definition property', async () => {
    const el = await surveyFixture(html`<sipas-survey no-draft layout="single" .definition=${custom()}></sipas-survey>`);
    expect(root(el).querySelector('[part=title]')!.textContent).to.equal('Góp ý về Bộ phận một cửa xã Phú An');
    expect(shownQuestions(el)).to.deep.equal(['gio-lam-viec', 'can-cai-thien']);
  });

  it('loads a definition from a same-origin URL given in src, with the same rules', async () => {
    const el = await surveyFixture(html`<sipas-survey no-draft layout="single" src=${blobUrl(JSON.stringify(custom()))}></sipas-survey>`);
    await answer(el, 'gio-lam-viec', 3);
    await answer(el, 'can-cai-thien', ['khac']);
    expect(shownQuestions(el)).to.include('khac-ghi-ro');
    await answer(el, 'khac-ghi-ro', 'Nhà vệ sinh');
    const submitted = oneEvent(el, 'sipas-submit') as Promise<SipasSubmitEvent>;
    await submit(el);
    const response = (await submitted).detail;
    expect(response.questionnaire.id).to.equal('phu-an-mot-cua');
    expect(response.answers).to.deep.equal({ 'gio-lam-viec': 3, 'can-cai-thien': ['khac'], 'khac-ghi-ro': 'Nhà vệ sinh' });
  });

  it('enforces minChoices once the citizen answers', async () => {
    const definition = custom();
    (definition.sections[0]!.items[1] as { minChoices?: number }).minChoices = 2;
    const el = await surveyFixture(html`<sipas-survey no-draft layout="single" .definition=${definition}></sipas-survey>`);
    await answer(el, 'gio-lam-viec', 3);
    await answer(el, 'can-cai-thien', ['gui-xe']);
    await submit(el);
    expect(errors(el)['can-cai-thien']).to.equal('Xin chọn ít nhất 2 nội dung.');
  });

  /** Sets properties as a page without TypeScript would, with values the element's types refuse. */
  const asPlainJavaScript = (el: SipasSurvey, values: Record<string, unknown>) => Object.assign(el, values);
  const failures: { name: string; configure: (el: SipasSurvey) => void; code: string; problem: RegExp }[] = [
    { name: 'a src on another origin', configure: (el) => (el.src = 'https://example.com/q.json'), code: 'load-failed', problem: /^src is "https:\/\/example.com\/q.json", on another origin/ },
    { name: 'a src that answers 404', configure: (el) => (el.src = '/tests/fixtures/no-such-questionnaire.json'), code: 'load-failed', problem: /HTTP 404/ },
    { name: 'a src that is not JSON', configure: (el) => (el.src = '/tests/fixtures/csp.html'), code: 'load-failed', problem: /is not JSON/ },
    { name: 'a src with a JSON syntax error', configure: (el) => (el.src = blobUrl('{\n  "schemaVersion": 1\n  "id": "x"\n}')), code: 'load-failed', problem: /\) is not JSON: line 3, column 3: expected ',' or '\}'/ },
    {
      name: 'a src with a "__proto__" key in a text object',
      configure: (el) => (el.src = blobUrl(JSON.stringify(custom()).replace('"title":{', '"title":{"__proto__":"x",'))),
      code: 'invalid-definition',
      problem: /^title\.__proto__ is a key named "__proto__", which is not allowed$/,
    },
    { name: 'a src of 400 KB', configure: (el) => (el.src = blobUrl(`"${'x'.repeat(400_000)}"`)), code: 'load-failed', problem: /larger than 300000 bytes/ },
    {
      name: 'a src with 10,000 nested arrays',
      configure: (el) => (el.src = blobUrl(`{"schemaVersion":1,"title":${'['.repeat(10_000)}${']'.repeat(10_000)}}`)),
      code: 'invalid-definition',
      problem: /^title\[0\].* is nested more than 12 levels deep/,
    },
    { name: 'a definition that is a string', configure: (el) => asPlainJavaScript(el, { definition: 'sipas' }), code: 'invalid-definition', problem: /^\(root\) expected object/ },
    {
      name: 'a definition with a 4-level scale',
      configure: (el) => {
        const d = custom();
        d.scales[0]!.options.push({ code: 4, label: { vi: 'x' } });
        el.definition = d;
      },
      code: 'invalid-definition',
      problem: /^scales\[0\]\.options expected 3 or 5 levels/,
    },
    {
      name: 'a definition with a rule on a later item',
      configure: (el) => {
        const d = custom();
        d.sections[0]!.items[0]!.visibleIf = { item: 'can-cai-thien', anyOf: ['khac'] };
        el.definition = d;
      },
      code: 'invalid-definition',
      problem: /^sections\[0\]\.items\[0\]\.visibleIf\.item refers to "can-cai-thien", which comes later/,
    },
    {
      name: 'a definition that contains itself',
      configure: (el) => {
        const d: Record<string, unknown> = { ...custom() };
        d.self = d;
        asPlainJavaScript(el, { definition: d });
      },
      code: 'invalid-definition',
      problem: /^self is not plain JSON data/,
    },
    { name: 'an unknown questionnaire', configure: (el) => asPlainJavaScript(el, { questionnaire: 'sipas-2030' }), code: 'unknown-questionnaire', problem: /"sipas-2017", "sipas-2022", "dvc-online"/ },
    { name: 'overrides naming an unknown item', configure: (el) => (el.overrides = { items: { 'c9.9': { label: { vi: 'x' } } } }), code: 'invalid-overrides', problem: /^overrides\.items\["c9\.9"\] names no item of "sipas-2017"/ },
    { name: 'an overrides-src on another origin', configure: (el) => (el.overridesSrc = 'https://example.com/o.json'), code: 'load-failed', problem: /^overrides-src is "https:\/\/example.com\/o.json"/ },
    { name: 'overrides making a text too long', configure: (el) => (el.overrides = { title: { vi: 'x'.repeat(2001) } }), code: 'invalid-overrides', problem: /^overrides\.title\.vi expected at most 2000 characters/ },
  ];
  for (const { name, configure, code, problem } of failures) {
    it(`refuses ${name}: ${code} in sipas-error and in the element, nothing thrown into the page`, async () => {
      let outcome: Awaited<ReturnType<typeof failingFixture>> | undefined;
      const uncaught = await uncaughtDuring(async () => {
        outcome = await failingFixture(configure);
      });
      expect(uncaught).to.deep.equal([]);
      const { el, error } = outcome!;
      expect(error.detail.code).to.equal(code);
      const problems = error.detail.problems.map((p) => `${p.path} ${p.message}`);
      expect(problems.some((p) => problem.test(p)), JSON.stringify(problems)).to.equal(true);
      // The citizen reads a short message in the page's language; the detail is for the developer only.
      expect(shownText(el)).to.equal('Không hiển thị được phiếu khảo sát Xin Ông/Bà thử lại sau. Nếu vẫn không được, xin báo cho cơ quan hoặc quản trị cổng thông tin.');
      expect(root(el).querySelector('form')).to.equal(null);
      el.remove();
    });
  }
});

describe('<sipas-survey>: hostile text in a definition', () => {
  const hostile = [
    '<img src=x onerror="window.__sipasPwned = 1">',
    '<script>window.__sipasPwned = 1</script>',
    '<a href="javascript:window.__sipasPwned=1">bấm vào đây</a>',
    '" onmouseover="window.__sipasPwned=1" data-x="',
    'javascript:window.__sipasPwned=1',
  ];

  it('renders markup, javascript: URLs and event-handler attributes as literal text and runs nothing', async () => {
    const d = custom();
    d.title = { vi: hostile[0]! };
    d.description = { vi: hostile[2]! };
    d.sections[0]!.title = { vi: hostile[1]! };
    d.sections[0]!.items[0]!.label = { vi: hostile[3]! };
    d.sections[0]!.items[0]!.hint = { vi: hostile[4]! };
    d.scales[0]!.options[0]!.label = { vi: hostile[1]! };
    const choice = d.sections[0]!.items[1]!;
    if (choice.type === 'choice') choice.options[0]!.label = { vi: hostile[2]! };
    const el = await surveyFixture(html`<sipas-survey no-draft layout="single" .definition=${d}></sipas-survey>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const shadow = root(el);
    const text = shadow.textContent!;
    for (const snippet of hostile) expect(text, snippet).to.contain(snippet);
    expect(shadow.querySelectorAll('img, script, a, iframe, object, embed')).to.have.length(0);
    for (const node of shadow.querySelectorAll('*')) {
      for (const attribute of node.attributes) {
        expect(attribute.name, `${node.tagName} ${attribute.name}`).to.not.match(/^on/);
        expect(attribute.value, `${node.tagName} ${attribute.name}`).to.not.contain('javascript:');
      }
    }
    shadow.querySelector('label')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect((window as { __sipasPwned?: number }).__sipasPwned).to.equal(undefined);
  });
});

describe('<sipas-survey>: local wording (overrides)', () => {
  const overrides = { items: { 'c5.1': { label: { vi: 'UBND xã Phú An có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị' } } } };

  it('shows the local wording and records overridden and its hash in the response', async () => {
    const el = await surveyFixture(html`<sipas-survey no-draft layout="single" .overrides=${overrides}></sipas-survey>`);
    expect(root(el).querySelector('#q-c5\\.1 legend')!.textContent).to.contain('UBND xã Phú An có bố trí');
    await completeRequired(el, sipas2017);
    const submitted = oneEvent(el, 'sipas-submit') as Promise<SipasSubmitEvent>;
    await submit(el);
    const response = (await submitted).detail;
    expect(response.questionnaire).to.deep.include({ id: 'sipas-2017', overridden: true });
    expect(ResponseSchema.safeParse(response).success).to.equal(true);
  });

  it('loads overrides from a same-origin file named by overrides-src', async () => {
    const el = await surveyFixture(html`<sipas-survey no-draft layout="single" overrides-src=${blobUrl(JSON.stringify(overrides))}></sipas-survey>`);
    expect(root(el).querySelector('#q-c5\\.1 legend')!.textContent).to.contain('UBND xã Phú An có bố trí');
  });
});
