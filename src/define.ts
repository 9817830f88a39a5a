import { SipasSurvey } from './components/sipas-survey.js';

/** Registers <sipas-survey>; a no-op when the tag is already defined (e.g. the page loaded two copies). */
if (!customElements.get('sipas-survey')) customElements.define('sipas-survey', SipasSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'sipas-survey': SipasSurvey;
  }
}

export { SipasSurvey };
