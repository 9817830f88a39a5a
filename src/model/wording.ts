import type { Definition, Item, LocalizedText } from '../schema/definition.js';
import type { Overrides } from '../schema/overrides.js';
import { ownValue } from './id-record.js';

/** `target` with its text `key` replaced, language by language, by `wording`; `target` itself when there is none. */
function relabel<T extends object>(target: T, key: keyof T & string, wording: LocalizedText | undefined): T {
  return wording ? { ...target, [key]: { ...(target[key] as LocalizedText | undefined), ...wording } } : target;
}

/**
 * A copy of `definition` with the texts of `wording` put in, language by language; ids, codes, structure and rules
 * stay. The caller has checked that every key of `wording` names something the definition has (local overrides are
 * checked by `applyOverrides`; a built-in questionnaire's other languages by its tests). Pure.
 */
export function withWording(definition: Definition, wording: Overrides): Definition {
  const relabelItem = (item: Item): Item => {
    const own = ownValue(wording.items, item.id);
    if (!own) return item;
    const relabelled = relabel(relabel(item, 'label', own.label), 'hint', own.hint);
    return relabelled.type === 'choice'
      ? { ...relabelled, options: relabelled.options.map((o) => relabel(o, 'label', ownValue(own.options, o.value))) }
      : relabelled;
  };
  return {
    ...relabel(relabel(relabel(definition, 'title', wording.title), 'shortTitle', wording.shortTitle), 'description', wording.description),
    scales: definition.scales.map((scale) => ({
      ...scale,
      options: scale.options.map((o) => relabel(o, 'label', ownValue(ownValue(wording.scales, scale.id), String(o.code)))),
    })),
    sections: definition.sections.map((section) => {
      const own = ownValue(wording.sections, section.id);
      return { ...relabel(relabel(section, 'title', own?.title), 'description', own?.description), items: section.items.map(relabelItem) };
    }),
  };
}
