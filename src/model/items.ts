import type { AnswerValue } from '../schema/response.js';
import type { ChoiceItem, Definition, Item, LocalizedText, RatingItem, Section } from '../schema/definition.js';

export interface LocatedItem {
  item: Item;
  section: Section;
  sectionIndex: number;
  itemIndex: number;
}

/** Every item in questionnaire order, with where it sits. */
export function listItems(definition: Definition): LocatedItem[] {
  return definition.sections.flatMap((section, sectionIndex) =>
    section.items.map((item, itemIndex) => ({ item, section, sectionIndex, itemIndex })),
  );
}

const indexes = new WeakMap<Definition, ReadonlyMap<string, Item>>();

/** Every item by id; built once per definition object. */
export function itemsById(definition: Definition): ReadonlyMap<string, Item> {
  let index = indexes.get(definition);
  if (!index) {
    index = new Map(listItems(definition).map(({ item }) => [item.id, item]));
    indexes.set(definition, index);
  }
  return index;
}

/**
 * The options of a rating or choice question, in order: the answer each stands for (a scale code or an option
 * value) and its label. A rating item whose scale the definition lacks has none (definitions are checked for that).
 */
export function answerOptions(definition: Definition, item: RatingItem | ChoiceItem): { answer: AnswerValue; label: LocalizedText }[] {
  if (item.type === 'choice') return item.options.map((option) => ({ answer: option.value, label: option.label }));
  return (definition.scales.find((scale) => scale.id === item.scale)?.options ?? []).map((option) => ({ answer: option.code, label: option.label }));
}
