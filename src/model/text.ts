import type { Item, LocalizedText } from '../schema/definition.js';
import { ownValue } from './id-record.js';

/** The text in `locale`, else in the definition's default locale, else the first one present. */
export function localize(text: LocalizedText, locale: string, defaultLocale: string): string {
  return ownValue(text, locale) ?? ownValue(text, defaultLocale) ?? Object.values(text)[0] ?? '';
}

/** A question's label with its number first, as on the paper form: "1.1. Nơi ngồi chờ có đủ chỗ ngồi". */
export function numberedLabel(item: Item, locale: string, defaultLocale: string): string {
  return `${item.number ? `${item.number}. ` : ''}${localize(item.label, locale, defaultLocale)}`;
}
