import type { ChoiceItem, Definition, Item, LocalizedText, RatingItem } from '../schema/definition.js';
import type { AnswerValue, Answers } from '../schema/response.js';
import { ownValue } from '../model/id-record.js';
import { matchesAnyOf } from '../model/visibility.js';

/** A rating item that feeds an index, with the codes its scale accepts and those that count. */
export interface ScoredRating {
  item: RatingItem;
  /** Codes of the item's scale. */
  codes: readonly number[];
  /** The scale's `satisfiedCodes`: what counts as satisfied (or, on a priority scale, as a high priority). */
  satisfiedCodes: readonly number[];
}

/** An element of service delivery, in questionnaire order: its criteria and its satisfaction question. */
export interface ScoredElement {
  id: string;
  /** The title of the section named like the element, else of the section holding its first criterion. */
  title: LocalizedText;
  criteria: ScoredRating[];
  satisfaction: ScoredRating | undefined;
}

/** One questionnaire compiled for scoring: what feeds which index, and how to check answers quickly. */
export interface ScoringPlan {
  definition: Definition;
  /** The definition's `planKey`, which responses are matched and grouped by. */
  key: string;
  elements: ScoredElement[];
  overall: ScoredRating | undefined;
  /** Expectation items: multiple choices (share per option) and priority ratings (share of satisfiedCodes). */
  expectations: (ScoredRating | { item: ChoiceItem })[];
  /** Every rating that feeds an index, by item id: the ones whose codes are counted. */
  ratings: ReadonlyMap<string, ScoredRating>;
  /** Every multiple choice that feeds an index, by item id. */
  choices: ReadonlyMap<string, ChoiceItem>;
  /** Answerable items by id, split as the response stores them, each with a fast test of its values. */
  answerItems: ReadonlyMap<string, CheckedItem>;
  respondentItems: ReadonlyMap<string, CheckedItem>;
  /**
   * Whether every text a response is compared with (version, item ids, option values, visibility values) is ASCII,
   * so that a Latin-1 reading of a response's bytes compares exactly as its UTF-8 text does (Scorer.addBytes).
   */
  asciiOnly: boolean;
}

/** An item and the check of its values, found with one lookup per answer (this runs for every answer scored). */
export interface CheckedItem {
  item: Item;
  check: ValueCheck;
}

/**
 * What an item accepts, compiled once per item. One object shape for every kind, read by one function: a test
 * closure per item made every answer an indirect call to one of several functions, which cost a fifth of scoring
 * a line (measured by bench/scoring.mjs).
 */
export interface ValueCheck {
  kind: 'rating' | 'choice' | 'choices' | 'text';
  /** rating: `codes[code]` is true for each code of the item's scale. */
  codes: readonly boolean[];
  /** choice, choices: the option values. */
  values: ReadonlySet<string>;
  /** choices: the most options one may choose; text: the most characters. */
  max: number;
}

/** Whether a text is ASCII only: read as Latin-1 or as UTF-8, its bytes give the same characters. */
export const isAscii = (text: string): boolean => /^[\x00-\x7f]*$/.test(text);

/** The key a plan is found by: a questionnaire id and version. */
export const planKey = (id: string, version: string): string => `${id}@${version}`;

/**
 * Compiles a definition for scoring, once per definition object. Which item feeds which index comes only from the
 * items' `scoring` roles, so a new questionnaire needs data, not code.
 */
export function compilePlan(definition: Definition): ScoringPlan {
  let plan = plans.get(definition);
  if (!plan) plans.set(definition, (plan = compile(definition)));
  return plan;
}

/** Plans by definition object: the scorer, the results and every formatter ask for the same ones. */
const plans = new WeakMap<Definition, ScoringPlan>();

function compile(definition: Definition): ScoringPlan {
  const scales = new Map(definition.scales.map((scale) => [scale.id, scale]));
  const rated = (item: RatingItem): ScoredRating => {
    const scale = scales.get(item.scale);
    return { item, codes: scale?.options.map((o) => o.code) ?? [], satisfiedCodes: scale?.satisfiedCodes ?? [] };
  };
  const elements = new Map<string, ScoredElement>();
  const element = (id: string, sectionTitle: LocalizedText): ScoredElement => {
    let found = elements.get(id);
    if (!found) {
      const named = definition.sections.find((s) => s.id === id);
      found = { id, title: named?.title ?? sectionTitle, criteria: [], satisfaction: undefined };
      elements.set(id, found);
    }
    return found;
  };
  const ratings = new Map<string, ScoredRating>();
  const choices = new Map<string, ChoiceItem>();
  const answerItems = new Map<string, CheckedItem>();
  const respondentItems = new Map<string, CheckedItem>();
  let overall: ScoredRating | undefined;
  const expectations: ScoringPlan['expectations'] = [];

  for (const section of definition.sections) {
    for (const item of section.items) {
      const rating = item.type === 'rating' ? rated(item) : undefined;
      const checked = { item, check: compileValueCheck(item, rating?.codes) };
      (section.kind === 'respondent' ? respondentItems : answerItems).set(item.id, checked);
      const scoring = item.scoring;
      if (!scoring) continue;
      if (rating) {
        ratings.set(item.id, rating);
        if (scoring.role === 'criterion') element(scoring.element, section.title).criteria.push(rating);
        else if (scoring.role === 'element-satisfaction') element(scoring.element, section.title).satisfaction = rating;
        else if (scoring.role === 'overall-satisfaction') overall = rating;
        else expectations.push(rating);
      } else if (item.type === 'choice' && scoring.role === 'expectation') {
        choices.set(item.id, item);
        expectations.push({ item });
      }
    }
  }
  const compared = [definition.id, definition.version, ...[...answerItems.values(), ...respondentItems.values()].flatMap(({ item }) => [
    item.id,
    ...(item.type === 'choice' ? item.options.map((o) => o.value) : []),
    ...(item.visibleIf ? [item.visibleIf.item, ...item.visibleIf.anyOf.map(String)] : []),
  ])];
  const asciiOnly = compared.every(isAscii);
  return { definition, key: planKey(definition.id, definition.version), elements: [...elements.values()], overall, expectations, ratings, choices, answerItems, respondentItems, asciiOnly };
}

/** What is wrong with a value its item's test refused, for the report of a bad line. */
function describeRefusal(item: Item, value: AnswerValue): string {
  const shown = JSON.stringify(value);
  switch (item.type) {
    case 'rating':
      return `is ${shown}, not a code of its scale`;
    case 'choice':
      return item.multiple
        ? `is ${shown}, not a list of distinct options${item.maxChoices === undefined ? '' : ` (at most ${item.maxChoices})`}`
        : `is ${shown}, not one of its options`;
    case 'text':
      return `is not a text of 1 to ${item.maxLength} characters`;
  }
}

function compileValueCheck(item: Item, codes: readonly number[] | undefined): ValueCheck {
  const check: ValueCheck = { kind: 'text', codes: [], values: new Set(), max: Infinity };
  switch (item.type) {
    case 'rating': {
      const accepted: boolean[] = [];
      for (const code of codes ?? []) accepted[code] = true;
      return { ...check, kind: 'rating', codes: accepted };
    }
    case 'choice': {
      const values = new Set(item.options.map((o) => o.value));
      return item.multiple ? { ...check, kind: 'choices', values, max: item.maxChoices ?? Infinity } : { ...check, kind: 'choice', values };
    }
    case 'text':
      return { ...check, max: item.maxLength };
  }
}

/** Whether a value is acceptable for an item. */
function accepts(check: ValueCheck, value: AnswerValue): boolean {
  switch (check.kind) {
    case 'rating':
      return typeof value === 'number' && check.codes[value] === true;
    case 'choice':
      return typeof value === 'string' && check.values.has(value);
    case 'choices':
      // Distinct without a Set per answer: lists are short (at most the options).
      return Array.isArray(value) && value.length > 0 && value.length <= check.max && value.every((v, i) => check.values.has(v) && value.indexOf(v) === i);
    case 'text':
      return typeof value === 'string' && value.length > 0 && value.length <= check.max;
  }
}

function answersProblem(plan: ScoringPlan, items: ReadonlyMap<string, CheckedItem>, answers: Answers, where: string): string | undefined {
  for (const id in answers) {
    const checked = items.get(id);
    if (!checked) return `${where}["${id}"] is not a question of ${planKey(plan.definition.id, plan.definition.version)}`;
    const { item, check } = checked;
    const value = answers[id]!;
    if (!accepts(check, value)) return `${where}["${id}"] ${describeRefusal(item, value)}`;
    const rule = item.visibleIf;
    if (rule && !matchesAnyOf(ownValue(answers, rule.item), rule.anyOf)) {
      return `${where}["${id}"] is answered, but the question is only asked when ${rule.item} is ${rule.anyOf.join(' or ')}`;
    }
  }
  return undefined;
}

/**
 * Whether a response's answers could have come from this questionnaire: known items, values the item accepts,
 * and no answer to a question that was not asked. Missing answers are fine (they are simply not counted).
 */
export function answersMismatch(plan: ScoringPlan, answers: Answers, respondent: Answers | undefined): string | undefined {
  return answersProblem(plan, plan.answerItems, answers, 'answers') ?? (respondent ? answersProblem(plan, plan.respondentItems, respondent, 'respondent') : undefined);
}
