import type { SurveyResponse } from '../schema/response.js';
import type { DeliveryOutcome, Transport } from './transport.js';
import { parseRetryAfter } from './retry-schedule.js';

/** What a `beforeSend` hook is told about the request it may add headers to. */
export interface DeliveryRequest {
  url: string;
  responseId: string;
  /** 1 for the first attempt. */
  attempt: number;
  response: SurveyResponse;
}

/** Returns extra headers for one request (a portal's session or anti-abuse token), or nothing. */
export type BeforeSendHook = (request: DeliveryRequest) => Record<string, string> | undefined | void | Promise<Record<string, string> | undefined | void>;

export interface HttpTransportOptions {
  endpoint: string;
  /** `omit` (the default) sends no cookies; `same-origin` or `include` when the backend needs the portal's session. */
  credentials?: RequestCredentials;
  /** Headers added to every request. */
  headers?: () => Record<string, string> | undefined;
  beforeSend?: BeforeSendHook;
  timeoutMs: number;
  /** Injected for tests; the global fetch by default. */
  fetch?: typeof fetch;
  now?: () => number;
}

const MESSAGE_LIMIT = 500;

/** Whether a status means "delivered", "try again" or "refused". Pure. */
export function classifyStatus(status: number): DeliveryOutcome['kind'] {
  if ((status >= 200 && status < 300) || status === 409) return 'delivered';
  if (status === 408 || status === 429 || status >= 500) return 'retry';
  return 'rejected';
}

/** The server's own words from an error body: a JSON `error`/`message`/`reason`, else the text, shortened. */
export function serverMessage(body: string, statusText: string): string {
  let text = body.trim();
  try {
    const json: unknown = JSON.parse(text);
    if (json && typeof json === 'object') {
      const record = json as Record<string, unknown>;
      const field = [record['reason'], record['message'], record['error']].find((value) => typeof value === 'string');
      if (typeof field === 'string') text = field;
    }
  } catch {
    // Not JSON: the plain text is the message.
  }
  return (text || statusText || 'no message').slice(0, MESSAGE_LIMIT);
}

/**
 * POSTs the response as JSON with an `Idempotency-Key` equal to its `responseId`, so a repeat after a lost
 * reply is harmless. Each attempt is aborted after `timeoutMs`.
 */
export class HttpTransport implements Transport {
  constructor(private readonly options: HttpTransportOptions) {}

  async send(response: SurveyResponse, attempt: number): Promise<DeliveryOutcome> {
    const { endpoint, timeoutMs } = this.options;
    const now = this.options.now ?? Date.now;
    try {
      const extra = await this.options.beforeSend?.({ url: endpoint, responseId: response.responseId, attempt, response });
      const headers = {
        ...this.options.headers?.(),
        ...extra,
        // Last, so that neither hook can break the contract.
        'Content-Type': 'application/json',
        'Idempotency-Key': response.responseId,
      };
      const reply = await (this.options.fetch ?? fetch)(endpoint, {
        method: 'POST',
        headers,
        body: JSON.stringify(response),
        credentials: this.options.credentials ?? 'omit',
        // The page's address (a dossier number, a citizen ID in the query) must never travel with an anonymous answer.
        referrerPolicy: 'no-referrer',
        signal: AbortSignal.timeout(timeoutMs),
        keepalive: false,
      });
      const kind = classifyStatus(reply.status);
      const body = kind === 'delivered' ? '' : await reply.text().catch(() => '');
      if (kind === 'delivered') return { kind, status: reply.status };
      const message = serverMessage(body, reply.statusText);
      if (kind === 'rejected') return { kind, status: reply.status, message };
      const retryAfterMs = parseRetryAfter(reply.headers.get('Retry-After'), now());
      return { kind, status: reply.status, reason: `HTTP ${reply.status}: ${message}`, ...(retryAfterMs !== undefined ? { retryAfterMs } : {}) };
    } catch (error) {
      const name = error instanceof Error ? error.name : '';
      const reason = name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `network error: ${error instanceof Error ? error.message : String(error)}`;
      return { kind: 'retry', status: 0, reason };
    }
  }
}
