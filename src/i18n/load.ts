import { primaryLanguage } from './language.js';
import type { UiStrings } from './strings.js';
import { vi } from './vi.js';

// The element's own strings as it loads them: Vietnamese with the element, any other language only when a page
// shows it, so a Vietnamese page never downloads the English. The same tables as `uiStrings` (index.ts), which
// has all of them at once for the library's users.
const loaders: Readonly<Record<string, () => Promise<UiStrings>>> = {
  en: () => import('./en.js').then((m) => m.en),
};

const loaded = new Map<string, UiStrings>([['vi', vi]]);

/** The languages the element's strings are written in. */
export const stringLanguages: readonly string[] = ['vi', ...Object.keys(loaders)];

/**
 * The strings for a language tag if they are loaded: Vietnamese for a language the widget has no strings for;
 * undefined while the language's strings have not been loaded (`loadStrings`).
 */
export function loadedStrings(tag: string): UiStrings | undefined {
  const language = primaryLanguage(tag);
  return Object.hasOwn(loaders, language) ? loaded.get(language) : vi;
}

/** Loads the strings for a language tag (once per page); Vietnamese when the file cannot be loaded. */
export async function loadStrings(tag: string): Promise<UiStrings> {
  const language = primaryLanguage(tag);
  const known = loadedStrings(language);
  if (known) return known;
  const strings = await loaders[language]!().catch((error: unknown) => {
    console.error(`<sipas-survey>: could not load its "${language}" strings; showing Vietnamese.`, error);
    return vi;
  });
  loaded.set(language, strings);
  return strings;
}
