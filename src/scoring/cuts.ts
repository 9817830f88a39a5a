import type { SurveyResponse } from '../schema/response.js';

/**
 * Every cut a result can be split by, and where in a response its value lives. The one list: the scorer, the
 * command line (`--by`), `<sipas-report by>` and the SQL generator all read it, so they never disagree on which
 * cuts exist or what a response without the field counts as.
 */
export const CUTS = {
  agencyCode: { object: 'context', key: 'agencyCode' },
  agencyName: { object: 'context', key: 'agencyName' },
  procedureCode: { object: 'context', key: 'procedureCode' },
  procedureName: { object: 'context', key: 'procedureName' },
  field: { object: 'context', key: 'field' },
  channel: { object: 'context', key: 'channel' },
  desk: { object: 'context', key: 'desk' },
  /** A response without `collection` was collected online (schema 1 had no other way). */
  mode: { object: 'collection', key: 'mode', absent: 'online' },
} as const satisfies Record<string, CutSource>;

export interface CutSource {
  /** The response's object that holds the value. */
  object: 'context' | 'collection';
  /** The value's key within that object. */
  key: string;
  /** What a response without the value counts as; without it, such a response is in the cut's "missing" group. */
  absent?: string;
}

export type CutField = keyof typeof CUTS;

/** The cut names, in the order the command line lists them. */
export const CUT_FIELDS = Object.keys(CUTS) as CutField[];

/** A response's value for a cut; null when it has none (and the cut has no value for absence). */
export function cutValue(response: SurveyResponse, field: CutField): string | null {
  const source: CutSource = CUTS[field];
  const holder = response[source.object] as Record<string, string | undefined> | undefined;
  return holder?.[source.key] ?? source.absent ?? null;
}

/** Whether a cut's values are free text (which may need decoding) rather than one of a few ASCII codes. */
export const isFreeTextCut = (field: CutField): boolean => field !== 'channel' && field !== 'mode';
