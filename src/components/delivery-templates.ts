import { html, nothing, type TemplateResult } from 'lit';
import type { DeliveryStatus } from '../controllers/delivery-controller.js';
import type { UiStrings } from '../i18n/strings.js';

/** The one line shown when answers from an earlier visit came back, with a button to start afresh. */
export function renderDraftNotice(strings: UiStrings, restored: boolean, onDiscard: () => void): TemplateResult | typeof nothing {
  if (!restored) return nothing;
  return html`<p class="draft-notice" part="draft-notice">
    <span>${strings.draftRestored}</span>
    <button type="button" class="secondary" part="discard-draft" @click=${onDiscard}>${strings.discardDraft}</button>
  </p>`;
}

/** Tells the citizen that nothing they type will survive a reload (storage is unavailable). */
export function renderStorageNote(strings: UiStrings, volatile: boolean): TemplateResult | typeof nothing {
  return volatile ? html`<p class="note storage-note" part="storage-note">${strings.storageVolatile}</p>` : nothing;
}

/**
 * The delivery status after submitting, in a polite live region that is always present once submitted, so each
 * change (sending → sent, or → saved for later) is announced.
 */
export function renderDeliveryStatus(strings: UiStrings, status: DeliveryStatus, volatile: boolean): TemplateResult {
  const text = {
    idle: '',
    sending: strings.deliverySending,
    sent: strings.deliverySent,
    queued: volatile ? strings.deliveryQueuedInMemory : strings.deliveryQueued,
    failed: strings.deliveryFailed,
  }[status];
  return html`<p class="delivery-status" part="delivery-status" role="status" aria-live="polite" data-status=${status}>${text}</p>`;
}
