import type { LocalizedText } from '../schema/definition.js';

/** The text in `locale`, else in the definition's default locale, else the first one present. */
export function localize(text: LocalizedText, locale: string, defaultLocale: string): string {
  return text[locale] ?? text[defaultLocale] ?? Object.values(text)[0] ?? '';
}
