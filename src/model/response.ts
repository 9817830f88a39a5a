import type { Definition } from '../schema/definition.js';
import { RESPONSE_SCHEMA_VERSION } from '../schema/constants.js';
import type { Answers, Collection, ServiceContext, SurveyResponse } from '../schema/response.js';
import { shortHash } from './hash.js';
import { pruneAnswers } from './answers.js';
import { ownValue } from './id-record.js';
import { localize } from './text.js';

/** Everything the citizen saw, in one language, as one string: ids, numbers, texts and scale labels in order. */
export function wordingOf(definition: Definition, locale: string): string {
  const text = (t: Parameters<typeof localize>[0] | undefined) => (t ? localize(t, locale, definition.defaultLocale) : '');
  return JSON.stringify([
    definition.id,
    definition.version,
    text(definition.title),
    // Only when there is one, so that the wording of a definition without a short title keeps its hash.
    ...(definition.shortTitle ? [text(definition.shortTitle)] : []),
    text(definition.description),
    definition.scales.map((scale) => [scale.id, scale.options.map((o) => [o.code, text(o.label)])]),
    definition.sections.map((section) => [
      section.id,
      text(section.title),
      text(section.description),
      section.items.map((item) => [
        item.id,
        item.number ?? '',
        text(item.label),
        text(item.hint),
        item.type === 'choice' ? item.options.map((o) => [o.value, text(o.label)]) : [],
      ]),
    ]),
  ]);
}

/** A short hash of the exact wording shown in `locale`; differs for any altered label. */
export function wordingHash(definition: Definition, locale: string): string {
  return shortHash(wordingOf(definition, locale));
}

export interface ResponseInput {
  definition: Definition;
  answers: Answers;
  context: ServiceContext;
  locale: string;
  startedAt: Date;
  submittedAt: Date;
  /** Injected so the model stays deterministic; the element passes `crypto.randomUUID()`. */
  responseId: string;
  /** True when local wording (overrides) was applied to the definition shown. */
  overridden?: boolean;
  /** How the answer was collected; omitted, the response says nothing (which means online). */
  collection?: Collection;
  /** "partial" when the citizen left before the end (a kiosk's idle submit). */
  completion?: 'partial';
}

/** The response envelope: only shown, non-empty answers; respondent facts apart from the answers. */
export function buildResponse(input: ResponseInput): SurveyResponse {
  const { definition, locale } = input;
  const kept = pruneAnswers(definition, input.answers);
  const answers: Answers = {};
  const respondent: Answers = {};
  for (const section of definition.sections) {
    const target = section.kind === 'respondent' ? respondent : answers;
    for (const item of section.items) {
      const value = ownValue(kept, item.id);
      if (value !== undefined) target[item.id] = value;
    }
  }
  const context = Object.fromEntries(Object.entries(input.context).filter(([, v]) => v !== undefined && v !== '')) as ServiceContext;
  return {
    schemaVersion: RESPONSE_SCHEMA_VERSION,
    responseId: input.responseId,
    questionnaire: {
      id: definition.id,
      version: definition.version,
      textHash: wordingHash(definition, locale),
      ...(input.overridden ? { overridden: true as const } : {}),
    },
    locale,
    startedAt: input.startedAt.toISOString(),
    submittedAt: input.submittedAt.toISOString(),
    context,
    ...(input.collection ? { collection: input.collection } : {}),
    ...(input.completion ? { completion: input.completion } : {}),
    answers,
    ...(Object.keys(respondent).length > 0 ? { respondent } : {}),
  };
}
