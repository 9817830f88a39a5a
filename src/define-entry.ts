import { SipasEntry } from './components/sipas-entry.js';

/** Registers <sipas-entry>, the staff's keying screen; apart from define.ts, so a citizen's page never loads it. */
if (!customElements.get('sipas-entry')) customElements.define('sipas-entry', SipasEntry);

declare global {
  interface HTMLElementTagNameMap {
    'sipas-entry': SipasEntry;
  }
}

export { SipasEntry };
