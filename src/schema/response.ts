import * as z from 'zod/mini';
import { CHANNELS, RESPONSE_SCHEMA_VERSION } from './constants.js';

export { CHANNELS, RESPONSE_SCHEMA_VERSION };
export const ChannelSchema = z.enum(CHANNELS);

const ContextText = z.string().check(z.minLength(1), z.maxLength(300));

/** Which service was rated, as supplied by the host page; never asked of the citizen. */
export const ServiceContextSchema = z.strictObject({
  agencyCode: z.optional(ContextText),
  agencyName: z.optional(ContextText),
  procedureCode: z.optional(ContextText),
  procedureName: z.optional(ContextText),
  field: z.optional(ContextText),
  channel: z.optional(ChannelSchema),
});

/** A rating code, a single choice's value, a text, or the values of a multiple choice. */
export const AnswerValueSchema = z.union([
  z.number().check(z.int()),
  z.string().check(z.maxLength(5000)),
  z.array(z.string().check(z.maxLength(64))).check(z.maxLength(50)),
]);

export const AnswersSchema = z.record(z.string().check(z.maxLength(64)), AnswerValueSchema);

export const ResponseSchema = z.strictObject({
  schemaVersion: z.literal(RESPONSE_SCHEMA_VERSION),
  /** A random UUID; the idempotency key for delivery. */
  responseId: z.uuid(),
  questionnaire: z.strictObject({
    id: z.string(),
    version: z.string(),
    /** A short hash of the exact wording shown, so an altered copy can be told from the standard. */
    textHash: z.string().check(z.regex(/^[0-9a-f]{16}$/)),
    /** Present (true) when a commune's local wording replaced some of the standard text; textHash is then of that text. */
    overridden: z.optional(z.literal(true)),
  }),
  /** The language the citizen answered in. */
  locale: z.string(),
  startedAt: z.iso.datetime(),
  submittedAt: z.iso.datetime(),
  context: ServiceContextSchema,
  /** Keyed by item id; only questions that were shown, and answered, appear. */
  answers: AnswersSchema,
  /** Optional facts about the respondent, keyed by item id; absent when none were given. */
  respondent: z.optional(AnswersSchema),
});

export type Channel = z.infer<typeof ChannelSchema>;
export type ServiceContext = z.infer<typeof ServiceContextSchema>;
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export type Answers = z.infer<typeof AnswersSchema>;
export type SurveyResponse = z.infer<typeof ResponseSchema>;
