export { SipasSubmitEvent } from './submit.js';
export { SipasChangeEvent, type SipasChangeDetail } from './change.js';
export { SipasErrorEvent, type SipasErrorCode, type SipasErrorDetail } from './error.js';
export { SipasDraftRestoredEvent, type SipasDraftRestoredDetail } from './draft-restored.js';
export { SipasDeliveredEvent, type SipasDeliveredDetail } from './delivered.js';
export { SipasDeliveryFailedEvent, type SipasDeliveryFailedDetail } from './delivery-failed.js';
