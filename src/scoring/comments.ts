import type { Definition } from '../schema/definition.js';
import type { SurveyResponse } from '../schema/response.js';
import { cutValue } from './cuts.js';
import { periodOf, type ScoringOptions } from './counts.js';
import type { GroupCounts } from './counts.js';
import { planKey } from './plan.js';
import { cutRecoder, type Crosswalk } from './recode.js';

/*
 * The citizens' free-text answers, which officials act on. Anonymous by design: a comment carries the item it
 * answers, the day it was given and the group it falls in, nothing that identifies who wrote it.
 */

export interface Comment {
  questionnaire: { id: string; version: string };
  /** The group's cut values, as the scorer (and a crosswalk) gives them, so a comment is shown with its group. */
  cut: GroupCounts['cut'];
  itemId: string;
  text: string;
  /** The day it was submitted, in the scoring's time zone (YYYY-MM-DD). */
  date: string;
}

/**
 * Collects the free-text answers of a counted response, with the cut it is counted under (agency codes recoded by
 * the crosswalk, so that a former commune's comments go with the new commune).
 */
export class CommentCollector {
  readonly comments: Comment[] = [];
  private readonly textItems = new Map<string, Set<string>>();
  private readonly recode: (cut: GroupCounts['cut']) => GroupCounts['cut'];

  constructor(
    definitions: readonly Definition[],
    private readonly options: ScoringOptions,
    crosswalk: Crosswalk = [],
  ) {
    for (const definition of definitions) {
      const ids = definition.sections.flatMap((section) => section.items.filter((item) => item.type === 'text').map((item) => item.id));
      this.textItems.set(planKey(definition.id, definition.version), new Set(ids));
    }
    this.recode = cutRecoder(crosswalk);
  }

  /** Adds the comments of a response the scorer counted. */
  add(response: SurveyResponse): void {
    const items = this.textItems.get(planKey(response.questionnaire.id, response.questionnaire.version));
    if (!items) return;
    let cut: GroupCounts['cut'] | undefined;
    for (const [itemId, answer] of Object.entries(response.answers)) {
      if (!items.has(itemId) || typeof answer !== 'string' || answer.trim() === '') continue;
      cut ??= this.cutOf(response);
      const date = new Date(Date.parse(response.submittedAt) + this.options.utcOffsetMinutes * 60_000).toISOString().slice(0, 10);
      this.comments.push({ questionnaire: response.questionnaire, cut, itemId, text: answer.trim(), date });
    }
  }

  private cutOf(response: SurveyResponse): GroupCounts['cut'] {
    const cut: GroupCounts['cut'] = {};
    for (const field of this.options.by) cut[field] = cutValue(response, field);
    if (this.options.period) cut.period = periodOf(response.submittedAt, this.options.period, this.options.utcOffsetMinutes);
    return this.recode(cut);
  }
}

/** Whether a comment belongs to a group: the same questionnaire id and every cut value equal. */
export function commentInGroup(comment: Comment, group: { questionnaire: { id: string }; cut: GroupCounts['cut'] }): boolean {
  return comment.questionnaire.id === group.questionnaire.id && Object.entries(group.cut).every(([field, value]) => comment.cut[field] === value);
}
