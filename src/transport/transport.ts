import type { SurveyResponse } from '../schema/response.js';

/** What one attempt came to. */
export type DeliveryOutcome =
  /** The backend has the response: 2xx, or 409 ("already have it"). */
  | { kind: 'delivered'; status: number }
  /** Worth trying again: 408, 429, 5xx, a timeout, or no network. `status` is 0 when no answer came. */
  | { kind: 'retry'; status: number; reason: string; retryAfterMs?: number }
  /** The backend refused it (another 4xx): retrying the same bytes would not help. */
  | { kind: 'rejected'; status: number; message: string };

/** Sends one response. It never throws: every failure is an outcome. */
export interface Transport {
  send(response: SurveyResponse, attempt: number): Promise<DeliveryOutcome>;
}
