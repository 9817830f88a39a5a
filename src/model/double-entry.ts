import type { Definition } from '../schema/definition.js';
import type { Answers, AnswerValue, SurveyResponse } from '../schema/response.js';
import { pruneAnswers, sameAnswers } from './answers.js';
import { ownValue } from './id-record.js';
import { listItems } from './items.js';

/*
 * Double entry, as survey offices do it: the same paper form keyed twice, by form number; every item whose two
 * keyings differ waits for a person's decision, and only then is the form released.
 */

/** One item keyed differently in the two passes (undefined: left unanswered in that pass). */
export interface AnswerDifference {
  itemId: string;
  first: AnswerValue | undefined;
  second: AnswerValue | undefined;
}

/** A response's answers and respondent facts in one object, as they were keyed. */
export const keyedAnswers = (response: SurveyResponse): Answers => ({ ...response.answers, ...response.respondent });

/** Every item, in printed order, whose answer differs between the two keyings. */
export function answerDifferences(definition: Definition, first: Answers, second: Answers): AnswerDifference[] {
  return listItems(definition)
    .map(({ item }) => ({ itemId: item.id, first: ownValue(first, item.id), second: ownValue(second, item.id) }))
    .filter(({ itemId, first: a, second: b }) => !sameAnswers(a === undefined ? {} : { [itemId]: a }, b === undefined ? {} : { [itemId]: b }));
}

/** Which pass is right, item by item: the answers a person decided on. */
export type Decisions = Readonly<Record<string, 'first' | 'second'>>;

/**
 * The agreed answers: the first keying, with the second's answer where a person chose it; rules applied again (a
 * decision on a gate can hide what it gated). Undefined while a difference has no decision.
 */
export function agreedAnswers(definition: Definition, first: Answers, second: Answers, decisions: Decisions): Answers | undefined {
  const differences = answerDifferences(definition, first, second);
  if (differences.some(({ itemId }) => ownValue(decisions, itemId) === undefined)) return undefined;
  const agreed: Answers = { ...first };
  for (const { itemId, second: value } of differences) {
    if (ownValue(decisions, itemId) !== 'second') continue;
    if (value === undefined) delete agreed[itemId];
    else agreed[itemId] = value;
  }
  return pruneAnswers(definition, agreed);
}
