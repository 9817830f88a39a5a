import type { Definition } from '../schema/definition.js';
import { formatPath, formatSchemaIssues, type SchemaProblem } from '../schema/format-issues.js';
import { OverridesSchema, type Overrides } from '../schema/overrides.js';
import { shapeProblem } from './input-shape.js';
import { listItems } from './items.js';
import { withWording } from './wording.js';

export type OverridesResult = { ok: true; definition: Definition } | { ok: false; problems: SchemaProblem[] };

/** Overrides nest 5 levels at most (`items["c1.1"].options.yes.vi`); their text is bounded like a definition's. */
const OVERRIDES_LIMITS = { maxDepth: 8, maxTextLength: 100_000 } as const;

const prefixed = (problems: SchemaProblem[]): SchemaProblem[] =>
  problems.map((p) => ({ path: p.path === '(root)' ? 'overrides' : `overrides${p.path.startsWith('[') ? '' : '.'}${p.path}`, message: p.message }));

/** Every key of the overrides that names nothing in the definition. */
function unknownKeys(definition: Definition, overrides: Overrides): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const at = (...keys: string[]) => `overrides.${formatPath(keys)}`;
  const sectionIds = new Set(definition.sections.map((s) => s.id));
  for (const id of Object.keys(overrides.sections ?? {})) {
    if (!sectionIds.has(id)) problems.push({ path: at('sections', id), message: `names no section of "${definition.id}"` });
  }
  const items = new Map(listItems(definition).map(({ item }) => [item.id, item]));
  for (const [id, wording] of Object.entries(overrides.items ?? {})) {
    const item = items.get(id);
    if (!item) problems.push({ path: at('items', id), message: `names no item of "${definition.id}"` });
    else if (wording.options && item.type !== 'choice') problems.push({ path: at('items', id, 'options'), message: `is set, but "${id}" is a ${item.type} item without options` });
    else if (wording.options && item.type === 'choice') {
      const values = new Set(item.options.map((o) => o.value));
      for (const value of Object.keys(wording.options)) {
        if (!values.has(value)) problems.push({ path: at('items', id, 'options', value), message: `names no option of "${id}"` });
      }
    }
  }
  for (const [id, codes] of Object.entries(overrides.scales ?? {})) {
    const scale = definition.scales.find((s) => s.id === id);
    if (!scale) problems.push({ path: at('scales', id), message: `names no scale of "${definition.id}"` });
    else {
      for (const code of Object.keys(codes)) {
        if (!scale.options.some((o) => String(o.code) === code)) problems.push({ path: at('scales', id, code), message: `is not a code of the scale "${id}"` });
      }
    }
  }
  return problems;
}

/**
 * A copy of `definition` with local wording applied (e.g. the agency's name instead of "cơ quan"). Ids, codes,
 * structure and rules never change, so answers and scores stay comparable; an override naming something the
 * definition does not have is an error, never silently ignored. Pure: the input is not modified.
 */
export function applyOverrides(definition: Definition, overrides: unknown): OverridesResult {
  const tooBig = shapeProblem(overrides, OVERRIDES_LIMITS);
  if (tooBig) return { ok: false, problems: prefixed([tooBig]) };
  const parsed = OverridesSchema.safeParse(overrides);
  if (!parsed.success) return { ok: false, problems: prefixed(formatSchemaIssues(parsed.error.issues)) };
  const wording = parsed.data;
  const problems = unknownKeys(definition, wording);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, definition: withWording(definition, wording) };
}
