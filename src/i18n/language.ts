// Language-tag helpers shared by the survey's and the report's string tables, kept apart from both tables so that
// importing one element's strings never brings the other's.

/** The primary subtag of a language tag, lower-cased: "en-GB" → "en". */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** The table for a language tag's primary subtag, else the fallback (Vietnamese, in both callers). */
export function tableFor<T>(tables: Readonly<Record<string, T>>, tag: string, fallback: T): T {
  return tables[primaryLanguage(tag)] ?? fallback;
}
