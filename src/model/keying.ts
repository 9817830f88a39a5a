import type { Definition, Item } from '../schema/definition.js';
import type { Answers, AnswerValue } from '../schema/response.js';
import { isEmptyAnswer, visibleItems } from './answers.js';
import { listItems } from './items.js';
import { codedOptions } from './paper.js';

/*
 * Keying a paper form in: what one key does on an item's row, as a pure function of the item, its answer and the
 * digits typed so far (a code of two digits, on a choice of ten options or more). The element only routes keys here
 * and moves the focus; the printed codes come from the same place as the paper's (codedOptions).
 */

/** Why a key was refused; the element says it in words, at once. */
export type KeyRefusal =
  | { code: 'not-a-code'; typed: string; codes: number[] }
  | { code: 'too-many'; max: number }
  | { code: 'required' }
  | { code: 'not-a-digit'; key: string };

export type KeyOutcome =
  /** The row's answer is now `value` (undefined: left unanswered); `advance`: go to the next shown row. */
  | { kind: 'answer'; value: AnswerValue | undefined; advance: boolean }
  /** The digits typed so far begin a longer code: wait for the next digit, or Enter. */
  | { kind: 'pending'; typed: string }
  | { kind: 'refuse'; refusal: KeyRefusal };

const refuse = (refusal: KeyRefusal): KeyOutcome => ({ kind: 'refuse', refusal });

/** The answer a code stands for on this item, if it is one of its codes. */
function answerFor(definition: Definition, item: Item, code: string): AnswerValue | undefined {
  return codedOptions(definition, item).find((option) => String(option.code) === code)?.answer;
}

/** A multiple choice's answer with one more (or, typed again, one less) option, in the definition's order. */
function toggled(item: Extract<Item, { type: 'choice' }>, current: AnswerValue | undefined, answer: string): string[] | undefined {
  const chosen = new Set(Array.isArray(current) ? current : []);
  if (chosen.has(answer)) chosen.delete(answer);
  else chosen.add(answer);
  const ordered = item.options.map((option) => option.value).filter((value) => chosen.has(value));
  return ordered.length > 0 ? ordered : undefined;
}

/** Applies a complete code: answers a rating or single choice (and moves on), toggles an option of a multiple choice. */
function applyCode(definition: Definition, item: Item, current: AnswerValue | undefined, code: string): KeyOutcome {
  const answer = answerFor(definition, item, code)!;
  if (item.type !== 'choice' || !item.multiple) return { kind: 'answer', value: answer, advance: true };
  const next = toggled(item, current, answer as string);
  if (item.maxChoices !== undefined && (next?.length ?? 0) > item.maxChoices) return refuse({ code: 'too-many', max: item.maxChoices });
  return { kind: 'answer', value: next, advance: false };
}

/** A digit typed on a rating or choice row, after `typed` (the digits of a longer code typed so far, usually ''). */
export function typeDigit(definition: Definition, item: Item, current: AnswerValue | undefined, typed: string, digit: string): KeyOutcome {
  if (!/^[0-9]$/.test(digit)) return refuse({ code: 'not-a-digit', key: digit });
  const codes = codedOptions(definition, item).map((option) => String(option.code));
  // No code is 0: it says "no answer here", allowed on an optional item only.
  if (typed === '' && digit === '0') return item.required ? refuse({ code: 'required' }) : { kind: 'answer', value: undefined, advance: true };
  const candidate = typed + digit;
  const longer = codes.some((code) => code.length > candidate.length && code.startsWith(candidate));
  if (longer) return { kind: 'pending', typed: candidate };
  if (codes.includes(candidate)) return applyCode(definition, item, current, candidate);
  return refuse({ code: 'not-a-code', typed: candidate, codes: codes.map(Number) });
}

/**
 * Enter on a row: completes a code still being typed; on an empty row leaves an optional item unanswered; on an
 * answered row (a multiple choice's codes, say) moves on. A required item with no answer stays, and says so.
 */
export function commitRow(definition: Definition, item: Item, current: AnswerValue | undefined, typed: string): KeyOutcome {
  if (typed !== '') {
    const outcome = answerFor(definition, item, typed) === undefined ? refuse({ code: 'not-a-code', typed, codes: codedOptions(definition, item).map((o) => o.code) }) : applyCode(definition, item, current, typed);
    return outcome.kind === 'answer' ? { ...outcome, advance: true } : outcome;
  }
  if (isEmptyAnswer(current) && item.required) return refuse({ code: 'required' });
  return { kind: 'answer', value: current, advance: true };
}

/** Backspace on a row: the last digit typed, else the last code chosen, else the answer, goes. */
export function eraseOnRow(item: Item, current: AnswerValue | undefined, typed: string): { typed: string; value: AnswerValue | undefined } {
  if (typed !== '') return { typed: typed.slice(0, -1), value: current };
  if (Array.isArray(current) && current.length > 1) return { typed: '', value: current.slice(0, -1) };
  return { typed: '', value: item.type === 'text' ? current : undefined };
}

/** What a row shows of its answer: the codes, as on the paper ("4", "1 3 9"). */
export function codesOf(definition: Definition, item: Item, value: AnswerValue | undefined): string {
  if (value === undefined || item.type === 'text') return '';
  const options = codedOptions(definition, item);
  const values = Array.isArray(value) ? value : [value];
  return values.map((v) => options.find((option) => option.answer === v)?.code ?? '?').join(' ');
}

/** The item after `itemId` that the answers show (rules applied), or undefined after the last. */
export function nextShownItem(definition: Definition, answers: Answers, itemId: string): Item | undefined {
  const order = listItems(definition).map(({ item }) => item.id);
  const after = order.indexOf(itemId);
  return visibleItems(definition, answers).find((item) => order.indexOf(item.id) > after);
}
