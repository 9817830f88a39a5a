import { expect } from '@open-wc/testing';
import type { SurveyResponse } from '../../src/schema/response.js';
import { completeRequired, submit } from '../support/harness.js';
import { loadPage, waitFor } from './page-frame.js';

const frameworkPages = [
  { framework: 'React 19', src: '/demo/react.html' },
  { framework: 'Vue 3', src: '/demo/vue.html' },
];

for (const { framework, src } of frameworkPages) {
  describe(`the ${framework} example (${src})`, () => {
    it('sets the element’s properties, not attributes, and receives sipas-submit through the framework’s own binding', async () => {
      const { frame, win, survey } = await loadPage(src);
      try {
        expect(survey.agencyCode).to.equal('25.721.25975');
        expect(survey.headingLevel).to.equal(2);
        // A property set by the framework leaves no attribute behind (these properties do not reflect).
        expect(survey.hasAttribute('agency-code') || survey.hasAttribute('agencycode')).to.equal(false);
        let response: SurveyResponse | undefined;
        survey.addEventListener('sipas-submit', (event) => (response = event.detail));
        await completeRequired(survey);
        await submit(survey);
        expect(response?.context).to.deep.include({ agencyCode: '25.721.25975', agencyName: 'UBND xã Phú An', channel: 'online' });
        const status = await waitFor(() => win.document.querySelector('.received'), 'the page’s own "received" message');
        expect(status.textContent).to.contain(response!.responseId);
      } finally {
        frame.remove();
      }
    });
  });
}

describe('the plain HTML demo with the CDN bundle (/demo/index.html)', () => {
  it('links every framework example from its menu, each link leading to a page', async () => {
    const { frame, win } = await loadPage('/demo/index.html');
    try {
      const links = [...win.document.querySelectorAll<HTMLAnchorElement>('nav.portal-nav a')].map((link) => new URL(link.href).pathname);
      expect(links).to.include.members(frameworkPages.map(({ src }) => src));
      for (const link of links) expect((await fetch(link)).status, link).to.equal(200);
    } finally {
      frame.remove();
    }
  });

  it('renders the questionnaire for the agency named in its attributes, from same-origin files only', async () => {
    const { frame, win, survey } = await loadPage('/demo/index.html');
    try {
      expect(survey.shadowRoot!.querySelectorAll('input[type=radio]').length).to.be.greaterThan(100);
      expect(survey.agencyCode).to.equal('H29.100');
      const hosts = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).host);
      expect(new Set(hosts)).to.deep.equal(new Set([location.host]));
    } finally {
      frame.remove();
    }
  });
});
