import { SipasReport } from './components/sipas-report.js';

/** Registers <sipas-report>; kept apart from define.ts so that pages showing only the survey never load the report. */
if (!customElements.get('sipas-report')) customElements.define('sipas-report', SipasReport);

declare global {
  interface HTMLElementTagNameMap {
    'sipas-report': SipasReport;
  }
}

export { SipasReport };
