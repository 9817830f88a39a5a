import type { ChoiceItem, Definition, Item, Section } from '../schema/definition.js';
import type { Answers, AnswerValue } from '../schema/response.js';
import { ownValue } from './id-record.js';
import { listItems } from './items.js';
import { isVisible } from './visibility.js';

/** An answer that carries nothing: no choice, an empty text, an empty list. */
export function isEmptyAnswer(value: AnswerValue | undefined): value is undefined {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/**
 * Drops answers to items that are hidden by the current answers, and empty answers. Rules only refer to
 * earlier items, so one pass in questionnaire order also settles chains (a hidden gate hides what it gates).
 */
export function pruneAnswers(definition: Definition, answers: Answers): Answers {
  const kept: Answers = {};
  for (const { item } of listItems(definition)) {
    const value = ownValue(answers, item.id);
    if (!isEmptyAnswer(value) && isVisible(item.visibleIf, kept)) kept[item.id] = value;
  }
  return kept;
}

/** The answers after one item is set (or cleared with `undefined`); never mutates its input. */
export function applyAnswer(definition: Definition, answers: Answers, itemId: string, value: AnswerValue | undefined): Answers {
  const next: Answers = { ...answers };
  if (value === undefined) delete next[itemId];
  else next[itemId] = value;
  return pruneAnswers(definition, next);
}

/** The items shown for these answers, in questionnaire order. */
export function visibleItems(definition: Definition, answers: Answers): Item[] {
  return listItems(definition)
    .map(({ item }) => item)
    .filter((item) => isVisible(item.visibleIf, answers));
}

/** A section and the items of it shown for some answers. */
export interface ShownSection {
  section: Section;
  items: Item[];
}

/** The sections with at least one item shown for these answers, each with those items: the paged layout's steps. */
export function shownSections(definition: Definition, answers: Answers): ShownSection[] {
  const visible = new Set(visibleItems(definition, answers));
  return definition.sections
    .map((section) => ({ section, items: section.items.filter((item) => visible.has(item)) }))
    .filter(({ items }) => items.length > 0);
}

/** A multiple choice's answer after one option is checked or unchecked, in the definition's option order. */
export function toggleChoice(item: ChoiceItem, current: AnswerValue | undefined, value: string, checked: boolean): string[] | undefined {
  const chosen = new Set(Array.isArray(current) ? current : []);
  if (checked) chosen.add(value);
  else chosen.delete(value);
  const ordered = item.options.map((o) => o.value).filter((v) => chosen.has(v));
  return ordered.length > 0 ? ordered : undefined;
}

/** Whether two answers objects hold the same answers (lists compared item by item, in order). */
export function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => {
    const [x, y] = [a[key], ownValue(b, key)];
    return Array.isArray(x) && Array.isArray(y) ? x.length === y.length && x.every((v, i) => v === y[i]) : x === y;
  });
}

/** Whether a shown criterion (an item that feeds an index) has an answer: what makes a partial response worth keeping. */
export function hasAnsweredCriterion(definition: Definition, answers: Answers): boolean {
  const kept = pruneAnswers(definition, answers);
  return definition.sections.some((section) => section.items.some((item) => item.scoring?.role === 'criterion' && ownValue(kept, item.id) !== undefined));
}
