import { expect } from '@open-wc/testing';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import { loadPage } from '../frameworks/page-frame.js';
import { TestReceiver, until } from '../support/delivery.js';
import { answer, submit } from '../support/harness.js';

interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
}

/**
 * What the docs promise citizens, checked on the headers the server really receives: a portal page whose address
 * names a dossier and a citizen ID, the built bundle on it, and every request it makes passing a recorder.
 */
describe('on the wire: what the server receives from a portal page', () => {
  const PAGE_QUERY = '?ma-ho-so=123&cccd=001099012345';
  let receiver: TestReceiver;
  /** The recorder's name for this test, also its receiver's (the page reads it from its #fragment). */
  let probe: string;
  let frame: HTMLIFrameElement | undefined;

  beforeEach(() => {
    receiver = new TestReceiver();
    probe = receiver.base.slice('/__receivers/'.length);
  });
  afterEach(() => frame?.remove());

  async function submitFromPortalPage(): Promise<{ survey: SipasSurvey; requests: RecordedRequest[] }> {
    const page = await loadPage(`/tests/fixtures/referrer.html${PAGE_QUERY}#${probe}`);
    frame = page.frame;
    // A portal's own session cookie: the widget must not send it with an anonymous answer.
    page.win.document.cookie = 'portal-session=citizen-42; path=/';
    await answer(page.survey, 'gio-lam-viec', 3);
    await submit(page.survey);
    await until(async () => (await receiver.stored()).length === 1, 'the receiver stored the response');
    page.win.document.cookie = 'portal-session=; path=/; max-age=0';
    const requests = (await (await fetch(`/__record/${probe}`)).json()) as RecordedRequest[];
    return { survey: page.survey, requests };
  }

  it('no request the widget makes carries the page’s path or query in Referer (src, overrides-src, delivery, chunks)', async () => {
    const { requests } = await submitFromPortalPage();
    const paths = requests.map((r) => `${r.method} ${r.path}`);
    expect(paths).to.include.members(['GET /tests/fixtures/small-definition.json', 'GET /tests/fixtures/small-overrides.json', `POST /__receivers/${probe}/responses`]);
    // The page's own <script> tag is the portal's request, made before any widget code runs.
    const byWidget = requests.filter((r) => r.path !== '/dist/sipas-survey.min.js');
    for (const request of byWidget) {
      const referer = request.headers['referer'] ?? '';
      expect(referer, `${request.method} ${request.path}`).not.to.contain('cccd');
      expect(referer, `${request.method} ${request.path}`).not.to.contain('referrer.html');
    }
    // The fetches the widget makes itself send no Referer at all.
    for (const request of byWidget.filter((r) => r.path.endsWith('.json') || r.method === 'POST')) {
      expect(request.headers, `${request.method} ${request.path}`).not.to.have.property('referer');
    }
  });

  it('the delivery carries no cookie, and the stored response nothing of the page’s address', async () => {
    const { requests } = await submitFromPortalPage();
    const post = requests.find((r) => r.method === 'POST')!;
    expect(post.headers).not.to.have.property('cookie');
    const [stored] = await receiver.stored();
    expect(JSON.stringify(stored)).not.to.match(/cccd|ma-ho-so|001099012345|referrer\.html/);
    expect(post.headers['idempotency-key']).to.equal(stored!.responseId);
  });
});
