import type { Definition, Item, Section } from '../schema/definition.js';

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
