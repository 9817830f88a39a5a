import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import { dvcOnline } from '../../src/definitions/dvc-online.js';
import type { SipasErrorDetail } from '../../src/events/error.js';
import type { SurveyResponse } from '../../src/schema/response.js';
import { clearLibraryStorage, completeRequired, root, settle } from '../support/harness.js';

/** The test page's own address, put back after each test. */
const pageUrl = location.href;
afterEach(() => history.replaceState(null, '', pageUrl));

/** Opens "the page" at `query` (as a desk's QR code would) and mounts the element there; collects its errors. */
async function openAt(query: string, template = html`<sipas-survey context-from-url questionnaire="dvc-online"></sipas-survey>`) {
  history.replaceState(null, '', `${location.pathname}?${query}`);
  await clearLibraryStorage();
  const errors: SipasErrorDetail[] = [];
  const listen = (event: Event) => errors.push((event as CustomEvent<SipasErrorDetail>).detail);
  document.addEventListener('sipas-error', listen);
  try {
    const el = await fixture<SipasSurvey>(template);
    await settle(el);
    return { el, errors };
  } finally {
    document.removeEventListener('sipas-error', listen);
  }
}

async function submitted(el: SipasSurvey): Promise<SurveyResponse> {
  await completeRequired(el, dvcOnline);
  const response = await el.submit();
  if (!response) throw new Error('the questionnaire did not submit');
  return response;
}

describe('context-from-url: a desk QR code opens the survey with its context', () => {
  it('reads the context from the query parameters named like the attributes', async () => {
    const query = new URLSearchParams({
      'agency-code': '25.721.25975',
      'agency-name': 'UBND xã Phú An',
      'procedure-code': '1.001612',
      'procedure-name': 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      channel: 'in-person',
      desk: 'Quầy 3',
    });
    const { el, errors } = await openAt(query.toString());
    expect(errors).to.deep.equal([]);
    expect((await submitted(el)).context).to.deep.equal({
      agencyCode: '25.721.25975',
      agencyName: 'UBND xã Phú An',
      procedureCode: '1.001612',
      procedureName: 'Đăng ký khai sinh',
      field: 'Hộ tịch',
      channel: 'in-person',
      desk: 'Quầy 3',
    });
  });

  it('attributes written on the element win, even over a parameter that would be refused', async () => {
    const { el, errors } = await openAt(
      'desk=Qu%E1%BA%A7y+9&channel=fax&agency-code=X',
      html`<sipas-survey context-from-url questionnaire="dvc-online" desk="Quầy 1" channel="online"></sipas-survey>`,
    );
    expect(errors).to.deep.equal([]);
    expect((await submitted(el)).context).to.deep.equal({ agencyCode: 'X', desk: 'Quầy 1', channel: 'online' });
  });

  it('without the attribute the URL is not read; with it, nothing but the seven parameters is', async () => {
    const { el } = await openAt('desk=Qu%E1%BA%A7y+9', html`<sipas-survey questionnaire="dvc-online"></sipas-survey>`);
    expect((await submitted(el)).context).to.deep.equal({});
    const other = await openAt('questionnaire=sipas-2017&endpoint=https%3A%2F%2Fevil.example%2Fcollect&lang=en&kiosk=&idle-action=submit&layout=print&overall=1&desk=Qu%E1%BA%A7y+2');
    expect(other.errors).to.deep.equal([]);
    expect(other.el.questionnaire).to.equal('dvc-online');
    expect(other.el.endpoint).to.equal(null);
    expect(other.el.kiosk).to.equal(false);
    expect(other.el.lang).to.equal('');
    expect(other.el.answers).to.deep.equal({});
    expect(root(other.el).querySelector('form')).to.not.equal(null);
    expect((await submitted(other.el)).context).to.deep.equal({ desk: 'Quầy 2' });
  });

  const hostile = [
    {
      name: 'markup',
      query: `desk=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}`,
      problem: { path: 'URL parameter desk', message: /contains < or > or a control character/ },
    },
    {
      name: 'a 10,000-character value',
      query: `agency-name=${'A'.repeat(10_000)}`,
      problem: { path: 'URL parameter agency-name', message: /is 10000 characters long; at most 300 are accepted/ },
    },
    {
      name: 'an unknown channel',
      query: 'channel=fax',
      problem: { path: 'URL parameter channel', message: /is "fax"; allowed values are "in-person", "online", "postal"/ },
    },
    {
      name: 'a parameter given twice',
      query: 'desk=1&desk=2',
      problem: { path: 'URL parameter desk', message: /is given 2 times; give it once/ },
    },
  ];
  for (const { name, query, problem } of hostile) {
    it(`a hostile parameter (${name}) is the invalid-attribute error naming the parameter, and runs nothing`, async () => {
      const { el, errors } = await openAt(query);
      expect(errors.map((e) => e.code)).to.deep.equal(['invalid-attribute']);
      const [reported] = errors[0]!.problems;
      expect(reported!.path).to.equal(problem.path);
      expect(reported!.message).to.match(problem.message);
      // The value is quoted at most in part, never in full: a problem stays a line.
      expect(reported!.message.length).to.be.below(120);
      // The element shows its configuration error (no form to submit with a wrong context), and no markup of the URL.
      expect(root(el).querySelector('.configuration-error')).to.not.equal(null);
      expect(root(el).querySelector('form, img')).to.equal(null);
      expect(root(el).innerHTML).to.not.contain('onerror');
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
    });
  }

  it('an attribute is the page author\'s own text: markup in it is kept as text, never as markup', async () => {
    const { el, errors } = await openAt('', html`<sipas-survey questionnaire="dvc-online" agency-name="UBND <b>xã</b>"></sipas-survey>`);
    expect(errors).to.deep.equal([]);
    expect(root(el).querySelector('b')).to.equal(null);
    expect((await submitted(el)).context).to.deep.equal({ agencyName: 'UBND <b>xã</b>' });
  });
});
