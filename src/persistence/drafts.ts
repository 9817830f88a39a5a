import * as z from 'zod/mini';
import { pruneAnswers } from '../model/answers.js';
import { listItems } from '../model/items.js';
import type { Definition } from '../schema/definition.js';
import { formatSchemaIssues, type SchemaProblem } from '../schema/format-issues.js';
import { AnswersSchema, type Answers } from '../schema/response.js';
import type { KeyValueStore } from './key-value-store.js';

export { DEFAULT_DRAFT_MAX_AGE_DAYS, DRAFT_KEY_PREFIX, draftKey } from './draft-key.js';
const DAY_MS = 24 * 60 * 60 * 1000;

/** What is stored for a draft. `itemIds` lets a draft of another version be migrated when its items are the same. */
export const DraftSchema = z.strictObject({
  format: z.literal(1),
  questionnaireId: z.string(),
  version: z.string(),
  itemIds: z.array(z.string()),
  /** Milliseconds since the epoch. */
  savedAt: z.number(),
  startedAt: z.optional(z.iso.datetime()),
  /** The section the citizen was on in the paged layout, so that a restored draft returns there. */
  sectionId: z.optional(z.string()),
  answers: AnswersSchema,
});
export type Draft = z.infer<typeof DraftSchema>;

export function buildDraft(definition: Definition, answers: Answers, startedAt: Date | undefined, now: number, sectionId?: string): Draft {
  return {
    format: 1,
    questionnaireId: definition.id,
    version: definition.version,
    itemIds: listItems(definition).map(({ item }) => item.id),
    savedAt: now,
    ...(startedAt ? { startedAt: startedAt.toISOString() } : {}),
    ...(sectionId ? { sectionId } : {}),
    answers,
  };
}

export type DraftRevival =
  | { kind: 'none' }
  | { kind: 'expired' }
  | { kind: 'discarded'; reason: 'unreadable' | 'other-version'; problems: SchemaProblem[] }
  | { kind: 'restored'; answers: Answers; startedAt: Date | undefined; savedAt: number; migratedFrom: string | undefined; sectionId: string | undefined };

/**
 * Decides what to do with what was stored (pure: time is passed in). A draft of another version whose item
 * ids are the same is migrated: its answers are kept, pruned through the model like any answers.
 */
export function reviveDraft(stored: unknown, definition: Definition, now: number, maxAgeDays: number): DraftRevival {
  if (stored === undefined) return { kind: 'none' };
  const parsed = DraftSchema.safeParse(stored);
  if (!parsed.success || parsed.data.questionnaireId !== definition.id) {
    const problems = parsed.success
      ? [{ path: 'questionnaireId', message: `is "${parsed.data.questionnaireId}", expected "${definition.id}"` }]
      : formatSchemaIssues(parsed.error.issues);
    return { kind: 'discarded', reason: 'unreadable', problems };
  }
  const draft = parsed.data;
  if (now - draft.savedAt > maxAgeDays * DAY_MS) return { kind: 'expired' };
  let migratedFrom: string | undefined;
  if (draft.version !== definition.version) {
    const current = listItems(definition).map(({ item }) => item.id);
    if (current.length !== draft.itemIds.length || current.some((id) => !draft.itemIds.includes(id))) {
      return {
        kind: 'discarded',
        reason: 'other-version',
        problems: [{ path: 'version', message: `the draft was saved for version "${draft.version}", whose questions differ from version "${definition.version}"` }],
      };
    }
    migratedFrom = draft.version;
  }
  const answers = pruneAnswers(definition, draft.answers);
  if (Object.keys(answers).length === 0) return { kind: 'none' };
  // A section the definition no longer has is forgotten: the citizen starts at the first step.
  const sectionId = definition.sections.some((section) => section.id === draft.sectionId) ? draft.sectionId : undefined;
  return { kind: 'restored', answers, startedAt: draft.startedAt ? new Date(draft.startedAt) : undefined, savedAt: draft.savedAt, migratedFrom, sectionId };
}

/** Reads, writes and removes drafts in a key-value store. */
export class DraftStore {
  constructor(private readonly store: KeyValueStore) {}

  /** Loads and revives the draft under `key`; anything not restorable is removed so it is reported only once. */
  async load(key: string, definition: Definition, now: number, maxAgeDays: number): Promise<DraftRevival> {
    const revival = reviveDraft(await this.store.get(key), definition, now, maxAgeDays);
    if (revival.kind === 'expired' || revival.kind === 'discarded') await this.store.delete(key);
    return revival;
  }

  /** Saves the answers, or removes the draft when there are none left. */
  async save(key: string, draft: Draft): Promise<void> {
    if (Object.keys(draft.answers).length === 0) await this.store.delete(key);
    else await this.store.set(key, draft);
  }

  async remove(key: string): Promise<void> {
    await this.store.delete(key);
  }
}
