import * as z from 'zod/mini';

/** Identifiers used for questionnaires, sections, items and option values: stable, URL- and JSON-safe. */
export const Identifier = z.string().check(
  z.minLength(1),
  z.maxLength(64),
  z.regex(/^[a-z0-9][a-z0-9._-]*$/, 'lowercase letters, digits, ".", "_" or "-", starting with a letter or digit'),
);

/** A text in several languages, keyed by BCP 47 language tag ("vi", "en"). */
export const LocalizedTextSchema = z.record(
  z.string().check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag such as "vi" or "en"')),
  z.string().check(z.minLength(1), z.maxLength(2000)),
);

/** How trustworthy a wording is; see the README's provenance section. */
export const ProvenanceLevelSchema = z.enum(['verified', 'transcribed', 'reconstructed', 'ours']);

export const ProvenanceSchema = z.strictObject({
  /** The strongest claim that can be made about the wording as a whole. */
  wording: ProvenanceLevelSchema,
  /** The legal or official source the structure comes from. */
  source: z.string().check(z.maxLength(500)),
  /** Free notes: what was reconstructed, what is ours. */
  notes: z.optional(z.string().check(z.maxLength(2000))),
  /** Languages whose text is a translation with no official standing. */
  unofficialLocales: z.array(z.string()),
});

export const ScaleOptionSchema = z.strictObject({
  code: z.number().check(z.int(), z.gte(1), z.lte(9)),
  label: LocalizedTextSchema,
});

/** An ordered answer scale; codes are what is stored, labels are what is shown. */
export const ScaleSchema = z.strictObject({
  id: Identifier,
  options: z.array(ScaleOptionSchema).check(
    z.refine((options) => options.length === 3 || options.length === 5, 'expected 3 or 5 levels'),
  ),
  /** Codes that count as satisfied when an index is computed (e.g. 4 and 5). */
  satisfiedCodes: z.array(z.number().check(z.int())),
  /** The paper form prints each option's code beside its label ("5 Rất hài lòng"), so the widget shows it too. */
  showCodes: z.optional(z.boolean()),
});

/** Show an item only when an earlier item's answer equals (or, for multiple choice, includes) one of `anyOf`. */
export const VisibilityRuleSchema = z.strictObject({
  item: Identifier,
  anyOf: z.array(z.union([z.string(), z.number()])).check(z.minLength(1), z.maxLength(50)),
});

/** Which index an answer feeds; lets a definition declare its own scoring. */
export const ScoringRoleSchema = z.union([
  z.strictObject({ role: z.literal('criterion'), element: Identifier }),
  z.strictObject({ role: z.literal('element-satisfaction'), element: Identifier }),
  z.strictObject({ role: z.literal('overall-satisfaction') }),
  z.strictObject({ role: z.literal('expectation') }),
]);

const itemBase = {
  id: Identifier,
  /** The number printed on the paper form, e.g. "1.1" or "15". */
  number: z.optional(z.string().check(z.maxLength(16))),
  label: LocalizedTextSchema,
  hint: z.optional(LocalizedTextSchema),
  required: z.boolean(),
  visibleIf: z.optional(VisibilityRuleSchema),
  scoring: z.optional(ScoringRoleSchema),
};

export const RatingItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('rating'),
  /** The id of a scale declared in `scales`. */
  scale: Identifier,
});

export const ChoiceOptionSchema = z.strictObject({
  value: Identifier,
  label: LocalizedTextSchema,
});

export const ChoiceItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('choice'),
  multiple: z.boolean(),
  options: z.array(ChoiceOptionSchema).check(z.minLength(2), z.maxLength(50)),
  /** For multiple choice: the fewest options a respondent must pick once they answer (a required item needs ≥ 1 anyway). */
  minChoices: z.optional(z.number().check(z.int(), z.gte(1), z.lte(50))),
  /** For multiple choice: the most options a respondent may pick. */
  maxChoices: z.optional(z.number().check(z.int(), z.gte(1), z.lte(50))),
});

export const TextItemSchema = z.strictObject({
  ...itemBase,
  type: z.literal('text'),
  multiline: z.boolean(),
  maxLength: z.number().check(z.int(), z.gte(1), z.lte(5000)),
});

export const ItemSchema = z.discriminatedUnion('type', [RatingItemSchema, ChoiceItemSchema, TextItemSchema]);

export const SectionSchema = z.strictObject({
  id: Identifier,
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  /** "respondent" sections hold optional facts about the respondent, stored apart from the answers. */
  kind: z.optional(z.enum(['questions', 'respondent'])),
  /** The provenance of this section's wording, where it differs from the definition's. */
  provenance: z.optional(ProvenanceLevelSchema),
  items: z.array(ItemSchema).check(z.minLength(1), z.maxLength(200)),
});

export const DefinitionSchema = z.strictObject({
  /** Where an editor finds the JSON Schema for completion (e.g. a copy of dist/definition.schema.json); ignored. */
  $schema: z.optional(z.string().check(z.maxLength(500))),
  schemaVersion: z.literal(1),
  id: Identifier,
  version: z.string().check(z.minLength(1), z.maxLength(32)),
  defaultLocale: z.string(),
  title: LocalizedTextSchema,
  /** A few words naming the questionnaire, shown instead of the title after the first step of the paged layout. */
  shortTitle: z.optional(LocalizedTextSchema),
  description: z.optional(LocalizedTextSchema),
  provenance: ProvenanceSchema,
  scales: z.array(ScaleSchema).check(z.minLength(1), z.maxLength(10)),
  sections: z.array(SectionSchema).check(z.minLength(1), z.maxLength(50)),
});

export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type Provenance = z.infer<typeof ProvenanceSchema>;
export type ProvenanceLevel = z.infer<typeof ProvenanceLevelSchema>;
export type Scale = z.infer<typeof ScaleSchema>;
export type VisibilityRule = z.infer<typeof VisibilityRuleSchema>;
export type ScoringRole = z.infer<typeof ScoringRoleSchema>;
export type RatingItem = z.infer<typeof RatingItemSchema>;
export type ChoiceItem = z.infer<typeof ChoiceItemSchema>;
export type TextItem = z.infer<typeof TextItemSchema>;
export type Item = z.infer<typeof ItemSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Definition = z.infer<typeof DefinitionSchema>;
/** What a host may pass as a definition (the schema's input, before its defaults and checks). */
export type DefinitionInput = z.input<typeof DefinitionSchema>;
