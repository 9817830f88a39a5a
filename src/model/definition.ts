import { DefinitionSchema, type Definition, type LocalizedText } from '../schema/definition.js';
import { formatSchemaIssues, type SchemaProblem } from '../schema/format-issues.js';
import { listItems } from './items.js';

export type DefinitionResult = { ok: true; definition: Definition } | { ok: false; problems: SchemaProblem[] };

/** Above these a definition is refused before it is parsed, so that a huge file cannot freeze the page. */
export const DEFINITION_LIMITS = { maxItems: 500, maxTextBytes: 100_000 } as const;

function sizeProblem(input: unknown): SchemaProblem | undefined {
  let text: string;
  try {
    text = JSON.stringify(input) ?? '';
  } catch {
    return { path: '(root)', message: 'is not plain JSON data (it contains a cycle or a value JSON cannot hold)' };
  }
  return text.length > DEFINITION_LIMITS.maxTextBytes
    ? { path: '(root)', message: `is ${text.length} characters long; at most ${DEFINITION_LIMITS.maxTextBytes} are accepted` }
    : undefined;
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
      if (item.maxChoices !== undefined && !item.multiple) problems.push({ path: `${path}.maxChoices`, message: 'is only allowed when multiple is true' });
      if (item.maxChoices !== undefined && item.maxChoices > item.options.length) {
        problems.push({ path: `${path}.maxChoices`, message: `is ${item.maxChoices}, more than the ${item.options.length} options` });
      }
      item.options.forEach((o, i) => checkText(o.label, `${path}.options[${i}].label`));
    }
    const rule = item.visibleIf;
    if (rule) {
      const target = earlier.get(rule.item);
      if (rule.item === item.id) problems.push({ path: `${path}.visibleIf.item`, message: 'refers to the item itself' });
      else if (!target) {
        const later = located.some((l) => l.item.id === rule.item);
        problems.push({
          path: `${path}.visibleIf.item`,
          message: later ? `refers to "${rule.item}", which comes later; a rule may only depend on earlier items` : `refers to "${rule.item}", which does not exist`,
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
  const tooBig = sizeProblem(input);
  if (tooBig) return { ok: false, problems: [tooBig] };
  const parsed = DefinitionSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: formatSchemaIssues(parsed.error.issues) };
  const problems = crossCheck(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, definition: parsed.data };
}
