import type { SipasSubmitEvent } from './submit.js';
import type { SipasChangeEvent } from './change.js';
import type { SipasErrorEvent } from './error.js';
import type { SipasDraftRestoredEvent } from './draft-restored.js';
import type { SipasDeliveredEvent } from './delivered.js';
import type { SipasDeliveryFailedEvent } from './delivery-failed.js';
import type { SipasResetEvent } from './reset.js';

export { SipasSubmitEvent } from './submit.js';
export { SipasChangeEvent, type SipasChangeDetail } from './change.js';
export { SipasErrorEvent, type SipasErrorCode, type SipasErrorDetail } from './error.js';
export { SipasDraftRestoredEvent, type SipasDraftRestoredDetail } from './draft-restored.js';
export { SipasDeliveredEvent, type SipasDeliveredDetail } from './delivered.js';
export { SipasDeliveryFailedEvent, type SipasDeliveryFailedDetail } from './delivery-failed.js';
export { SipasResetEvent, type SipasResetDetail, type SipasResetReason } from './reset.js';

/** An event map built from event classes: each class's static `type` names its instances. */
type EventMapOf<Classes extends { readonly type: string; prototype: Event }> = { [C in Classes as C['type']]: C['prototype'] };

/** The events `<sipas-survey>` fires, by name; the framework typings (`sipas-survey/react`, `/vue`) type listeners from it. */
export type SipasSurveyEventMap = EventMapOf<
  | typeof SipasSubmitEvent
  | typeof SipasChangeEvent
  | typeof SipasErrorEvent
  | typeof SipasDraftRestoredEvent
  | typeof SipasDeliveredEvent
  | typeof SipasDeliveryFailedEvent
  | typeof SipasResetEvent
>;
