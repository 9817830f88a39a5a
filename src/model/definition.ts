import { DefinitionSchema, ItemSchema, LocalizedTextSchema, ScaleSchema, type Definition, type Item, type LocalizedText, type Scale, type ScoringRole } from '../schema/definition.js';
import { formatSchemaIssues, type SchemaProblem } from '../schema/format-issues.js';
import { ownValue } from './id-record.js';
import { shapeProblem } from './input-shape.js';

export type DefinitionResult = { ok: true; definition: Definition } | { ok: false; problems: SchemaProblem[] };

/**
 * Above these a definition is refused before it is parsed, so that a huge or hostile file cannot freeze the page.
 * A definition nests 8 levels at most (`sections[0].items[0].options[0].label.vi`); 12 leaves room and stops
 * 10,000 nested arrays long before a recursive walk could overflow the stack.
 */
export const DEFINITION_LIMITS = { maxItems: 500, maxTextBytes: 100_000, maxDepth: 12 } as const;

/** Which item types may carry each scoring role: indices are shares of rating codes or of chosen options. */
const SCORABLE_TYPES: Record<ScoringRole['role'], readonly string[]> = {
  criterion: ['rating'],
  'element-satisfaction': ['rating'],
  'overall-satisfaction': ['rating'],
  expectation: ['rating', 'choice'],
};

/** The cheap checks that must pass before the definition may be walked recursively. */
export function definitionShapeProblem(input: unknown): SchemaProblem | undefined {
  return shapeProblem(input, { maxDepth: DEFINITION_LIMITS.maxDepth, maxTextLength: DEFINITION_LIMITS.maxTextBytes });
}

/** Whether `item`'s visibility rules lead, through any chain of rules, to `targetId`. */
function dependsOn(item: Item, targetId: string, items: readonly Item[]): boolean {
  const byId = new Map(items.map((i) => [i.id, i]));
  const seen = new Set<string>();
  for (let current: Item | undefined = item; current?.visibleIf && !seen.has(current.id); current = byId.get(current.visibleIf.item)) {
    if (current.visibleIf.item === targetId) return true;
    seen.add(current.id);
  }
  return false;
}

/** A part of a definition as far as it can be cross-checked: its id if it has one, the part if it passed the schema. */
interface Checkable<T> {
  id: string | undefined;
  part: T | undefined;
}

/** What the cross-checks read: the whole definition when it passed the schema, else every part that did. */
interface CheckableDefinition {
  defaultLocale: string | undefined;
  title: LocalizedText | undefined;
  description?: LocalizedText | undefined;
  scales: Checkable<Scale>[];
  sections: { id: string | undefined; title: LocalizedText | undefined; description?: LocalizedText | undefined; items: Checkable<Item>[] }[];
}

function checkableDefinition(definition: Definition): CheckableDefinition {
  const checkable = <T extends { id: string }>(part: T): Checkable<T> => ({ id: part.id, part });
  return {
    ...definition,
    scales: definition.scales.map(checkable),
    sections: definition.sections.map((section) => ({ ...section, items: section.items.map(checkable) })),
  };
}

/** The parts of a definition the schema refused that are themselves well formed, so that they can be cross-checked too. */
function checkableParts(input: unknown): CheckableDefinition {
  const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
  const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
  const valid = <T>(schema: { safeParse(value: unknown): { success: boolean; data?: T } }, value: unknown): T | undefined => schema.safeParse(value).data;
  const checkable = <T>(schema: { safeParse(value: unknown): { success: boolean; data?: T } }, value: unknown): Checkable<T> => {
    const id = record(value).id;
    return { id: typeof id === 'string' ? id : undefined, part: valid(schema, value) };
  };
  const definition = record(input);
  return {
    defaultLocale: typeof definition.defaultLocale === 'string' ? definition.defaultLocale : undefined,
    title: valid(LocalizedTextSchema, definition.title),
    description: valid(LocalizedTextSchema, definition.description),
    scales: list(definition.scales).map((scale) => checkable(ScaleSchema, scale)),
    sections: list(definition.sections).map((value) => {
      const section = record(value);
      return {
        id: typeof section.id === 'string' ? section.id : undefined,
        title: valid(LocalizedTextSchema, section.title),
        description: valid(LocalizedTextSchema, section.description),
        items: list(section.items).map((item) => checkable(ItemSchema, item)),
      };
    }),
  };
}

/**
 * The checks a schema cannot express: unique ids, references to scales and to earlier items, locales present.
 * Each check runs on what it needs when that passed the schema, so a definition with schema errors still gets
 * every other problem listed in the same pass.
 */
function crossCheck(definition: CheckableDefinition): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const located = definition.sections.flatMap((section, sectionIndex) => section.items.map((entry, itemIndex) => ({ ...entry, path: `sections[${sectionIndex}].items[${itemIndex}]` })));
  if (located.length > DEFINITION_LIMITS.maxItems) {
    problems.push({ path: 'sections', message: `has ${located.length} items; at most ${DEFINITION_LIMITS.maxItems} are accepted` });
  }
  const { defaultLocale } = definition;
  const checkText = (text: LocalizedText | undefined, path: string) => {
    if (text && defaultLocale !== undefined && ownValue(text, defaultLocale) === undefined) {
      problems.push({ path, message: `has no text in the default locale "${defaultLocale}"` });
    }
  };
  checkText(definition.title, 'title');
  checkText(definition.description, 'description');

  const scaleIds = new Set<string>();
  definition.scales.forEach(({ id, part: scale }, s) => {
    const path = `scales[${s}]`;
    if (id !== undefined && scaleIds.has(id)) problems.push({ path: `${path}.id`, message: `duplicates the scale id "${id}"` });
    if (id !== undefined) scaleIds.add(id);
    if (!scale) return;
    const codes = scale.options.map((o) => o.code);
    if (new Set(codes).size !== codes.length) problems.push({ path: `${path}.options`, message: 'has two options with the same code' });
    scale.satisfiedCodes.forEach((code, c) => {
      if (!codes.includes(code)) problems.push({ path: `${path}.satisfiedCodes[${c}]`, message: `is ${code}, which is not a code of this scale` });
    });
    scale.options.forEach((o, i) => checkText(o.label, `${path}.options[${i}].label`));
  });

  const sectionIds = new Set<string>();
  definition.sections.forEach((section, s) => {
    if (section.id !== undefined && sectionIds.has(section.id)) problems.push({ path: `sections[${s}].id`, message: `duplicates the section id "${section.id}"` });
    if (section.id !== undefined) sectionIds.add(section.id);
    checkText(section.title, `sections[${s}].title`);
    checkText(section.description, `sections[${s}].description`);
  });

  const parsedItems = located.flatMap(({ part }) => (part ? [part] : []));
  /** Every item met so far by id; undefined for one the schema refused (it exists, but cannot be looked into). */
  const earlier = new Map<string, Item | undefined>();
  for (const { id, part: item, path } of located) {
    if (id !== undefined && earlier.has(id)) problems.push({ path: `${path}.id`, message: `duplicates the item id "${id}"` });
    if (item) problems.push(...itemProblems(item, path, { checkText, scaleIds, scales: definition.scales, earlier, located, parsedItems }));
    if (id !== undefined) earlier.set(id, item);
  }
  return problems;
}

interface ItemContext {
  checkText: (text: LocalizedText | undefined, path: string) => void;
  scaleIds: ReadonlySet<string>;
  scales: readonly Checkable<Scale>[];
  earlier: ReadonlyMap<string, Item | undefined>;
  located: readonly (Checkable<Item> & { path: string })[];
  parsedItems: readonly Item[];
}

/** The cross-checks of one item that passed the schema. */
function itemProblems(item: Item, path: string, { checkText, scaleIds, scales, earlier, located, parsedItems }: ItemContext): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  checkText(item.label, `${path}.label`);
  checkText(item.hint, `${path}.hint`);
  if (item.type === 'rating' && !scaleIds.has(item.scale)) {
    problems.push({ path: `${path}.scale`, message: `refers to the scale "${item.scale}", which is not declared in scales` });
  }
  if (item.type === 'choice') {
    const values = item.options.map((o) => o.value);
    if (new Set(values).size !== values.length) problems.push({ path: `${path}.options`, message: 'has two options with the same value' });
    for (const limit of ['minChoices', 'maxChoices'] as const) {
      const count = item[limit];
      if (count === undefined) continue;
      if (!item.multiple) problems.push({ path: `${path}.${limit}`, message: 'is only allowed when multiple is true' });
      if (count > item.options.length) problems.push({ path: `${path}.${limit}`, message: `is ${count}, more than the ${item.options.length} options` });
    }
    if (item.minChoices !== undefined && item.maxChoices !== undefined && item.minChoices > item.maxChoices) {
      problems.push({ path: `${path}.minChoices`, message: `is ${item.minChoices}, more than maxChoices (${item.maxChoices})` });
    }
    item.options.forEach((o, i) => checkText(o.label, `${path}.options[${i}].label`));
  }
  if (item.scoring && !SCORABLE_TYPES[item.scoring.role].includes(item.type)) {
    problems.push({ path: `${path}.scoring.role`, message: `is "${item.scoring.role}", which a ${item.type} item cannot feed; allowed on ${SCORABLE_TYPES[item.scoring.role].join(' or ')} items` });
  }
  if (item.scoring?.role === 'expectation' && item.type === 'choice' && !item.multiple) {
    problems.push({ path: `${path}.scoring.role`, message: 'is "expectation", which needs a multiple choice or a rating' });
  }
  const rule = item.visibleIf;
  if (!rule) return problems;
  if (rule.item === item.id) problems.push({ path: `${path}.visibleIf.item`, message: 'refers to the item itself' });
  else if (!earlier.has(rule.item)) {
    const later = located.find((l) => l.id === rule.item);
    problems.push({
      path: `${path}.visibleIf.item`,
      message: !later
        ? `refers to "${rule.item}", which does not exist`
        : later.part && dependsOn(later.part, item.id, parsedItems)
          ? `refers to "${rule.item}", which comes later and itself depends on "${item.id}" (a cycle)`
          : `refers to "${rule.item}", which comes later; a rule may only depend on earlier items`,
    });
  } else {
    const target = earlier.get(rule.item);
    // A target the schema refused has its own problems listed; its answers cannot be known.
    if (!target) return problems;
    if (target.type === 'text') {
      problems.push({ path: `${path}.visibleIf.item`, message: `refers to "${rule.item}", a text item; rules depend on ratings or choices` });
      return problems;
    }
    const scale = target.type === 'rating' ? scales.find((sc) => sc.id === target.scale) : undefined;
    if (scale && !scale.part) return problems;
    const allowed: (string | number)[] = target.type === 'choice' ? target.options.map((o) => o.value) : (scale?.part?.options.map((o) => o.code) ?? []);
    rule.anyOf.forEach((value, v) => {
      if (!allowed.includes(value)) problems.push({ path: `${path}.visibleIf.anyOf[${v}]`, message: `is ${JSON.stringify(value)}, which is not an answer of "${rule.item}"` });
    });
  }
  return problems;
}

/** Parses untrusted input into a definition, or lists every problem with its path, all in one pass. Never throws. */
export function parseDefinition(input: unknown): DefinitionResult {
  const tooBig = definitionShapeProblem(input);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const parsed = DefinitionSchema.safeParse(input);
  // Every problem in one pass: the schema's, then the cross-checks of every part that passed it.
  if (!parsed.success) return { ok: false, problems: [...formatSchemaIssues(parsed.error.issues), ...crossCheck(checkableParts(input))] };
  const problems = crossCheck(checkableDefinition(parsed.data));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition: parsed.data };
}
