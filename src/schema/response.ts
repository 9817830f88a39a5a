import * as z from 'zod/mini';
import { CHANNELS, COLLECTION_MODES, DESK_MAX_LENGTH, RESPONSE_SCHEMA_VERSION, RESPONSE_SCHEMA_VERSIONS } from './constants.js';

export { CHANNELS, COLLECTION_MODES, DESK_MAX_LENGTH, RESPONSE_SCHEMA_VERSION, RESPONSE_SCHEMA_VERSIONS };
export const ChannelSchema = z.enum(CHANNELS);
export const CollectionModeSchema = z.enum(COLLECTION_MODES);

const ContextText = z.string().check(z.minLength(1), z.maxLength(300));

/** Which service was rated, as supplied by the host page; never asked of the citizen. */
export const ServiceContextSchema = z.strictObject({
  agencyCode: z.optional(ContextText),
  agencyName: z.optional(ContextText),
  procedureCode: z.optional(ContextText),
  procedureName: z.optional(ContextText),
  field: z.optional(ContextText),
  channel: z.optional(ChannelSchema),
  /** The counter or desk where the service was given: a place, never a person. */
  desk: z.optional(z.string().check(z.minLength(1), z.maxLength(DESK_MAX_LENGTH))),
});

const CollectionText = z.string().check(z.minLength(1), z.maxLength(100));

/** How the answer was collected; absent means `{ mode: "online" }`. */
export const CollectionSchema = z.strictObject({
  mode: CollectionModeSchema,
  /** paper: the number printed on the form, so a typed-in copy can be traced back to its sheet. */
  formNumber: z.optional(CollectionText),
  /** paper, interview: the code of who typed in or asked the questions (a code, not a name). */
  enumerator: z.optional(CollectionText),
  /** paper: the batch of forms this one was typed in with. */
  batch: z.optional(CollectionText),
  /** paper, interview: the day the citizen answered (YYYY-MM-DD), which may be long before submittedAt. */
  fieldDate: z.optional(z.iso.date()),
});

/** A rating code, a single choice's value, a text, or the values of a multiple choice. */
export const AnswerValueSchema = z.union([
  z.number().check(z.int()),
  z.string().check(z.maxLength(5000)),
  z.array(z.string().check(z.maxLength(64))).check(z.maxLength(50)),
]);

export const AnswersSchema = z.record(z.string().check(z.maxLength(64)), AnswerValueSchema);

export const ResponseSchema = z.strictObject({
  /** 1.1 added `context.desk`, `collection` and `completion`; a 1 response has none of them. */
  schemaVersion: z.union(RESPONSE_SCHEMA_VERSIONS.map((version) => z.literal(version))),
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
  /** How the answer was collected; absent means online. */
  collection: z.optional(CollectionSchema),
  /** "partial" when the citizen left before the end (a kiosk's idle submit); absent means complete. */
  completion: z.optional(z.literal('partial')),
  /** Keyed by item id; only questions that were shown, and answered, appear. */
  answers: AnswersSchema,
  /** Optional facts about the respondent, keyed by item id; absent when none were given. */
  respondent: z.optional(AnswersSchema),
});

export type Channel = z.infer<typeof ChannelSchema>;
export type ServiceContext = z.infer<typeof ServiceContextSchema>;
export type CollectionMode = z.infer<typeof CollectionModeSchema>;
export type Collection = z.infer<typeof CollectionSchema>;
export type AnswerValue = z.infer<typeof AnswerValueSchema>;
export type Answers = z.infer<typeof AnswersSchema>;
export type SurveyResponse = z.infer<typeof ResponseSchema>;
