import { CHANNELS, DESK_MAX_LENGTH } from '../schema/constants.js';
import type { ServiceContext } from '../schema/response.js';
import type { SchemaProblem } from '../schema/format-issues.js';

/** The host attributes that describe the rated service, and the context field each one fills. */
export const CONTEXT_ATTRIBUTES = {
  'agency-code': 'agencyCode',
  'agency-name': 'agencyName',
  'procedure-code': 'procedureCode',
  'procedure-name': 'procedureName',
  field: 'field',
  channel: 'channel',
  desk: 'desk',
} as const satisfies Record<string, keyof ServiceContext>;

export type ContextAttribute = keyof typeof CONTEXT_ATTRIBUTES;
export type ContextResult = { ok: true; context: ServiceContext } | { ok: false; problems: SchemaProblem[] };

/** A desk is a short place name ("Quầy 3"); the other texts may be long official names. */
const maxLength = (key: keyof ServiceContext) => (key === 'desk' ? DESK_MAX_LENGTH : 300);

/** Validates the service context given as attribute values; problems name the attribute and what it accepts. */
export function parseContext(attributes: Partial<Record<ContextAttribute, string | null | undefined>>): ContextResult {
  const context: Record<string, string> = {};
  const problems: SchemaProblem[] = [];
  for (const [attribute, key] of Object.entries(CONTEXT_ATTRIBUTES) as [ContextAttribute, keyof ServiceContext][]) {
    const value = attributes[attribute]?.trim();
    if (!value) continue;
    // The length first: a value is quoted in a problem only once it is known to be short.
    if (value.length > maxLength(key)) {
      problems.push({ path: attribute, message: `is ${value.length} characters long; at most ${maxLength(key)} are accepted` });
    } else if (key === 'channel' && !(CHANNELS as readonly string[]).includes(value)) {
      problems.push({ path: attribute, message: `is "${value}"; allowed values are ${CHANNELS.map((c) => `"${c}"`).join(', ')}` });
    } else context[key] = value;
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, context: context as ServiceContext };
}
