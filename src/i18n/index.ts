import { en } from './en.js';
import { tableFor } from './language.js';
import type { UiStrings } from './strings.js';
import { vi } from './vi.js';

export { primaryLanguage } from './language.js';

export type { UiStrings } from './strings.js';

/** UI string tables by primary language subtag. Adding a language is one file and one line here. */
export const uiStrings: Readonly<Record<string, UiStrings>> = { vi, en };

/** The UI strings for a language tag, falling back to Vietnamese. */
export function stringsFor(tag: string): UiStrings {
  return tableFor(uiStrings, tag, vi);
}
