import type { Answers, AnswerValue } from '../schema/response.js';
import type { VisibilityRule } from '../schema/definition.js';
import { ownValue } from './id-record.js';

/** True when `value` equals, or (for multiple choice) includes, one of `anyOf`. */
export function matchesAnyOf(value: AnswerValue | undefined, anyOf: readonly (string | number)[]): boolean {
  if (value === undefined) return false;
  if (Array.isArray(value)) return value.some((v) => anyOf.includes(v));
  return anyOf.includes(value);
}

/** Whether an item with this rule is shown, given the answers so far. Items without a rule always are. */
export function isVisible(rule: VisibilityRule | undefined, answers: Answers): boolean {
  return rule === undefined || matchesAnyOf(ownValue(answers, rule.item), rule.anyOf);
}
