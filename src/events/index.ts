export { SipasSubmitEvent } from './submit.js';
export { SipasChangeEvent, type SipasChangeDetail } from './change.js';
export { SipasErrorEvent, type SipasErrorCode, type SipasErrorDetail } from './error.js';
