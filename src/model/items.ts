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
