import type { Definition, Item } from '../schema/definition.js';
import type { Answers, AnswerValue } from '../schema/response.js';
import { isEmptyAnswer, visibleItems } from './answers.js';
import { ownValue } from './id-record.js';
import { answerOptions } from './items.js';

export type ValidationCode = 'required' | 'invalid-value' | 'too-few-choices' | 'too-many-choices' | 'too-long';

/** What is wrong with one answer, as a code; the view turns codes into words in the citizen's language. */
export interface ValidationIssue {
  itemId: string;
  code: ValidationCode;
  /** The limit that was not met, for `too-few-choices`, `too-many-choices` and `too-long`. */
  limit?: number;
}

function checkValue(definition: Definition, item: Item, value: AnswerValue): ValidationIssue | undefined {
  const invalid: ValidationIssue = { itemId: item.id, code: 'invalid-value' };
  switch (item.type) {
    case 'rating': {
      return typeof value === 'number' && answerOptions(definition, item).some((o) => o.answer === value) ? undefined : invalid;
    }
    case 'choice': {
      const values = item.options.map((o) => o.value);
      if (!item.multiple) return typeof value === 'string' && values.includes(value) ? undefined : invalid;
      if (!Array.isArray(value) || new Set(value).size !== value.length || !value.every((v) => values.includes(v))) return invalid;
      if (item.minChoices !== undefined && value.length < item.minChoices) return { itemId: item.id, code: 'too-few-choices', limit: item.minChoices };
      return item.maxChoices !== undefined && value.length > item.maxChoices
        ? { itemId: item.id, code: 'too-many-choices', limit: item.maxChoices }
        : undefined;
    }
    case 'text':
      if (typeof value !== 'string') return invalid;
      return value.length > item.maxLength ? { itemId: item.id, code: 'too-long', limit: item.maxLength } : undefined;
  }
}

/** Every problem with the answers to the items shown, in questionnaire order. Answers to hidden items are ignored. */
export function validateAnswers(definition: Definition, answers: Answers): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const item of visibleItems(definition, answers)) {
    const value = ownValue(answers, item.id);
    const issue = isEmptyAnswer(value)
      ? item.required
        ? { itemId: item.id, code: 'required' as const }
        : undefined
      : checkValue(definition, item, value);
    if (issue) issues.push(issue);
  }
  return issues;
}
