import { en } from './en.js';
import type { UiStrings } from './strings.js';
import { vi } from './vi.js';

export type { UiStrings } from './strings.js';

/** UI string tables by primary language subtag. Adding a language is one file and one line here. */
export const uiStrings: Readonly<Record<string, UiStrings>> = { vi, en };

/** The primary subtag of a language tag, lower-cased: "en-GB" → "en". */
export function primaryLanguage(tag: string): string {
  return tag.split('-')[0]!.toLowerCase();
}

/** The UI strings for a language tag, falling back to Vietnamese. */
export function stringsFor(tag: string): UiStrings {
  return uiStrings[primaryLanguage(tag)] ?? vi;
}
