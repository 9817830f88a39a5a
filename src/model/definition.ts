import { DefinitionSchema, type Definition, type Item, type LocalizedText, type ScoringRole } from '../schema/definition.js';
import { formatSchemaIssues, type SchemaProblem } from '../schema/format-issues.js';
import { shapeProblem } from './input-shape.js';
import { listItems } from './items.js';

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

/** The checks a schema cannot express: unique ids, references to scales and to earlier items, locales present. */
function crossCheck(definition: Definition): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const located = listItems(definition);
  if (located.length > DEFINITION_LIMITS.maxItems) {
    problems.push({ path: 'sections', message: `has ${located.length} items; at most ${DEFINITION_LIMITS.maxItems} are accepted` });
  }
  const checkText = (text: LocalizedText | undefined, path: string) => {
    if (text && text[definition.defaultLocale] === undefined) {
      problems.push({ path, message: `has no text in the default locale "${definition.defaultLocale}"` });
    }
  };
  checkText(definition.title, 'title');
  checkText(definition.description, 'description');

  const scaleIds = new Set<string>();
  definition.scales.forEach((scale, s) => {
    const path = `scales[${s}]`;
    if (scaleIds.has(scale.id)) problems.push({ path: `${path}.id`, message: `duplicates the scale id "${scale.id}"` });
    scaleIds.add(scale.id);
    const codes = scale.options.map((o) => o.code);
    if (new Set(codes).size !== codes.length) problems.push({ path: `${path}.options`, message: 'has two options with the same code' });
    scale.satisfiedCodes.forEach((code, c) => {
      if (!codes.includes(code)) problems.push({ path: `${path}.satisfiedCodes[${c}]`, message: `is ${code}, which is not a code of this scale` });
    });
    scale.options.forEach((o, i) => checkText(o.label, `${path}.options[${i}].label`));
  });

  const sectionIds = new Set<string>();
  definition.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) problems.push({ path: `sections[${s}].id`, message: `duplicates the section id "${section.id}"` });
    sectionIds.add(section.id);
    checkText(section.title, `sections[${s}].title`);
    checkText(section.description, `sections[${s}].description`);
  });

  const earlier = new Map<string, (typeof located)[number]['item']>();
  for (const { item, sectionIndex, itemIndex } of located) {
    const path = `sections[${sectionIndex}].items[${itemIndex}]`;
    if (earlier.has(item.id)) problems.push({ path: `${path}.id`, message: `duplicates the item id "${item.id}"` });
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
    if (rule) {
      const target = earlier.get(rule.item);
      if (rule.item === item.id) problems.push({ path: `${path}.visibleIf.item`, message: 'refers to the item itself' });
      else if (!target) {
        const later = located.find((l) => l.item.id === rule.item)?.item;
        problems.push({
          path: `${path}.visibleIf.item`,
          message: !later
            ? `refers to "${rule.item}", which does not exist`
            : dependsOn(later, item.id, located.map((l) => l.item))
              ? `refers to "${rule.item}", which comes later and itself depends on "${item.id}" (a cycle)`
              : `refers to "${rule.item}", which comes later; a rule may only depend on earlier items`,
        });
      } else if (target.type === 'text') {
        problems.push({ path: `${path}.visibleIf.item`, message: `refers to "${rule.item}", a text item; rules depend on ratings or choices` });
      } else {
        const allowed: (string | number)[] =
          target.type === 'choice'
            ? target.options.map((o) => o.value)
            : (definition.scales.find((sc) => sc.id === target.scale)?.options.map((o) => o.code) ?? []);
        rule.anyOf.forEach((value, v) => {
          if (!allowed.includes(value)) {
            problems.push({ path: `${path}.visibleIf.anyOf[${v}]`, message: `is ${JSON.stringify(value)}, which is not an answer of "${rule.item}"` });
          }
        });
      }
    }
    earlier.set(item.id, item);
  }
  return problems;
}

/** Parses untrusted input into a definition, or lists every problem with its path. Never throws. */
export function parseDefinition(input: unknown): DefinitionResult {
  const tooBig = definitionShapeProblem(input);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const parsed = DefinitionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: formatSchemaIssues(parsed.error.issues) };
  const problems = crossCheck(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition: parsed.data };
}
