import type { ReactiveControllerHost } from 'lit';
import type { QuestionnaireInParts } from '../definitions/index.js';
import { ownValue } from '../model/id-record.js';
import { primaryLanguage } from '../i18n/language.js';
import { loadedStrings, loadStrings } from '../i18n/load.js';
import type { UiStrings } from '../i18n/strings.js';
import type { Definition } from '../schema/definition.js';

/** What the element shows: the definition with the language's text, the language, and the widget's strings in it. */
export interface Localized {
  definition: Definition;
  locale: string;
  strings: UiStrings;
}

/** The language a definition is shown in: the one asked for when the definition has it, else its default. */
export function shownLocale(definition: Definition, requested: string): string {
  const language = primaryLanguage(requested || definition.defaultLocale);
  return ownValue(definition.title, language) !== undefined ? language : definition.defaultLocale;
}

/** A built-in's definition with another language's wording, made once per page and shared by every survey on it. */
const withLanguage = new WeakMap<Definition, Map<string, Definition>>();

/**
 * Puts a questionnaire in the language the page asks for, loading what that needs: the widget's strings in it and,
 * for a built-in that comes in parts, the questionnaire's wording in it. A Vietnamese page loads neither. While
 * something loads the element keeps what it shows (nothing the first time), and updates once it has it.
 */
export class LocaleController {
  private shown: { base: Definition; localized: Localized } | undefined;
  private readonly loading = new Set<string>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** The questionnaire to show for the language asked for, or what was shown before while that language loads. */
  localize(base: Definition, languages: QuestionnaireInParts['languages'] | undefined, requested: string): Localized | undefined {
    const language = primaryLanguage(requested || base.defaultLocale);
    const definition = this.definitionIn(base, languages, language);
    const locale = definition && shownLocale(definition, language);
    const strings = locale && this.strings(locale);
    if (definition && locale && strings) {
      if (this.shown?.localized.definition !== definition || this.shown.localized.locale !== locale) this.shown = { base, localized: { definition, locale, strings } };
      return this.shown.localized;
    }
    return this.shown?.base === base ? this.shown.localized : undefined;
  }

  /** The widget's strings for a language tag, or undefined while they load. */
  strings(tag: string): UiStrings | undefined {
    const strings = loadedStrings(tag);
    if (!strings) this.updateWhenLoaded(`strings:${primaryLanguage(tag)}`, loadStrings(tag));
    return strings;
  }

  /** The definition with the language's wording, or undefined while it loads; the definition itself when it has the language or none comes for it. */
  private definitionIn(base: Definition, languages: QuestionnaireInParts['languages'] | undefined, language: string): Definition | undefined {
    const load = languages?.[language];
    if (!load || ownValue(base.title, language) !== undefined) return base;
    const made = withLanguage.get(base)?.get(language);
    if (made) return made;
    // The merging code comes with the wording: a page in the default language needs neither.
    const adding = Promise.all([load(), import('../model/wording.js')]).then(
      ([wording, { withWording }]) => withWording(base, wording),
      (error: unknown) => {
        console.error(`<sipas-survey>: could not load the questionnaire's "${language}" wording; showing it in its default language.`, error);
        return base;
      },
    );
    this.updateWhenLoaded(
      `wording:${language}`,
      adding.then((definition) => {
        const byLanguage = withLanguage.get(base) ?? new Map<string, Definition>();
        if (!byLanguage.has(language)) byLanguage.set(language, definition);
        withLanguage.set(base, byLanguage);
      }),
    );
    return undefined;
  }

  private updateWhenLoaded(key: string, loading: Promise<unknown>): void {
    if (this.loading.has(key)) return;
    this.loading.add(key);
    void loading.then(() => {
      this.loading.delete(key);
      this.host.requestUpdate();
    });
  }
}
