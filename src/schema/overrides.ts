import * as z from 'zod/mini';
import { Identifier, LocalizedTextSchema } from './definition.js';

/** New wording for some languages of one text; languages not named keep the definition's wording. */
const Wording = LocalizedTextSchema;

/**
 * Local wording for a definition, without forking it: every key names something the definition has (an item
 * id, a section id, an option value, a scale code), and every value gives its new text per language.
 */
export const OverridesSchema = z.strictObject({
  title: z.optional(Wording),
  shortTitle: z.optional(Wording),
  description: z.optional(Wording),
  sections: z.optional(
    z.record(Identifier, z.strictObject({ title: z.optional(Wording), description: z.optional(Wording) })),
  ),
  items: z.optional(
    z.record(
      Identifier,
      z.strictObject({
        label: z.optional(Wording),
        hint: z.optional(Wording),
        /** Keyed by option value. */
        options: z.optional(z.record(Identifier, Wording)),
      }),
    ),
  ),
  /** Keyed by scale id, then by the option's code ("1" … "9"). */
  scales: z.optional(z.record(Identifier, z.record(z.string().check(z.regex(/^[1-9]$/, 'a scale code "1" … "9"')), Wording))),
});

export type Overrides = z.infer<typeof OverridesSchema>;
/** What a host may pass as `overrides` (the schema's input). */
export type OverridesInput = z.input<typeof OverridesSchema>;
