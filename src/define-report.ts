import { SipasReport } from './components/sipas-report.js';

/** Registers <sipas-report>; kept apart from define.ts so that pages showing only the survey never load the report. */
if (!customElements.get('sipas-report')) customElements.define('sipas-report', SipasReport);

declare global {
  interface HTMLElementTagNameMap {
    'sipas-report': SipasReport;
  }
}

export { SipasReport };
// For pages that script the report (the demo fills its store with a synthetic sample of a built-in questionnaire).
export { builtInDefinitions } from './definitions/index.js';
export { wordingHash } from './model/response.js';
// A crosswalk of merged units as CSV text (old code, new code, new name), for the `crosswalk` property.
export { parseCrosswalk } from './scoring/recode.js';
