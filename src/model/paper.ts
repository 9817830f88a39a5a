import type { ChoiceItem, Definition, Item, LocalizedText, RatingItem, Section } from '../schema/definition.js';
import type { AnswerValue } from '../schema/response.js';
import { answerOptions, listItems } from './items.js';

/*
 * The paper form's structure, derived from a definition: the code printed beside each option (what a clerk types
 * when keying the form in), the blocks a section prints as, and every visibility rule as a fact the view puts in
 * words. Pure: the print view and <sipas-entry> both read it, so the paper and the keying can never disagree.
 */

/** One option as printed: the code beside its box, the answer it stands for, its label. */
export interface CodedOption {
  code: number;
  answer: AnswerValue;
  label: LocalizedText;
}

/**
 * The codes of an item's options: a rating's scale codes (1–5, or 3-2-1 as the scale orders them); a choice's
 * positions 1, 2, 3 … in the definition's order. Text items have none.
 */
export function codedOptions(definition: Definition, item: Item): CodedOption[] {
  if (item.type === 'text') return [];
  return answerOptions(definition, item).map(({ answer, label }, index) => ({ code: item.type === 'rating' ? (answer as number) : index + 1, answer, label }));
}

/** Where a skip instruction sends the respondent: a numbered item, the start of a section, an unnumbered item, or past the end. */
export type SkipTarget =
  | { kind: 'item'; item: Item }
  | { kind: 'section'; section: Section }
  | { kind: 'end' };

/**
 * A rule as printed on the gate ("Nếu trả lời 'Không', chuyển sang câu 6"): these answers of a single choice or
 * rating hide exactly the items right after it, so the respondent goes straight to `target`.
 */
export interface SkipNote {
  answers: CodedOption[];
  target: SkipTarget;
}

/** A rule as printed on the item it governs ("Chỉ trả lời nếu ở câu 5 chọn 'Có'"). */
export interface ConditionNote {
  gate: Item;
  answers: CodedOption[];
  /** The gate is the item printed right before this block, so "the question above" names it. */
  gateJustAbove: boolean;
}

/** How a section prints: rating items with one scale in a row form a grid (rows = criteria, columns = the scale). */
export type PaperBlock = { kind: 'grid'; scaleId: string; items: RatingItem[] } | { kind: 'item'; item: Item };

export interface PaperSection {
  section: Section;
  blocks: PaperBlock[];
}

/** The items right after `gate` that `answer` hides, directly or through a chain of rules, in questionnaire order. */
function hiddenBy(items: readonly Item[], gateIndex: number, answer: AnswerValue): Set<string> {
  const gate = items[gateIndex]!;
  const hidden = new Set<string>();
  for (const item of items.slice(gateIndex + 1)) {
    const rule = item.visibleIf;
    if (!rule) continue;
    if ((rule.item === gate.id && !rule.anyOf.includes(answer as string | number)) || hidden.has(rule.item)) hidden.add(item.id);
  }
  return hidden;
}

/**
 * The skip instructions of a gate. Only a single choice or a rating can say "if you answer X, go to …": past the
 * run of items right after the gate that X hides; every other rule is printed on the items it governs.
 */
export function skipNotes(definition: Definition, gate: Item): SkipNote[] {
  if (gate.type === 'text' || (gate.type === 'choice' && gate.multiple)) return [];
  const located = listItems(definition);
  const items = located.map(({ item }) => item);
  const gateIndex = items.indexOf(gate);
  const notes: SkipNote[] = [];
  for (const option of codedOptions(definition, gate)) {
    const hidden = hiddenBy(items, gateIndex, option.answer);
    // The run of hidden items right after the gate is skipped; a hidden item further on carries its own condition.
    let run = 0;
    while (gateIndex + 1 + run < items.length && hidden.has(items[gateIndex + 1 + run]!.id)) run++;
    if (run === 0) continue;
    const next = located[gateIndex + 1 + run];
    const target: SkipTarget = !next
      ? { kind: 'end' }
      : next.item.number === undefined && next.itemIndex === 0
        ? { kind: 'section', section: next.section }
        : { kind: 'item', item: next.item };
    const same = notes.find((note) => sameTarget(note.target, target));
    if (same) same.answers.push(option);
    else notes.push({ answers: [option], target });
  }
  return notes;
}

function sameTarget(a: SkipTarget, b: SkipTarget): boolean {
  if (a.kind === 'end' || b.kind === 'end') return a.kind === b.kind;
  return a.kind === 'item' && b.kind === 'item' ? a.item === b.item : a.kind === 'section' && b.kind === 'section' && a.section === b.section;
}

/**
 * The condition printed on an item with a rule, unless its gate's skip instruction already sends the respondent
 * past it (then the paper says it once, on the gate).
 */
export function conditionNote(definition: Definition, item: Item, previous: Item | undefined): ConditionNote | undefined {
  const rule = item.visibleIf;
  if (!rule) return undefined;
  const gate = listItems(definition).find((located) => located.item.id === rule.item)?.item;
  if (!gate || gate.type === 'text') return undefined;
  const skipped = skipNotes(definition, gate).some((note) => note.target.kind === 'end' || coveredBySkip(definition, gate, note, item));
  if (skipped) return undefined;
  const answers = codedOptions(definition, gate).filter((option) => rule.anyOf.includes(option.answer as string | number));
  return { gate, answers, gateJustAbove: previous === gate };
}

/** Whether `item` lies between the gate and the skip's target, i.e. the skip instruction already tells when to leave it out. */
function coveredBySkip(definition: Definition, gate: Item, note: SkipNote, item: Item): boolean {
  const items = listItems(definition).map((located) => located.item);
  const at = items.indexOf(item);
  const target = note.target;
  const targetIndex = target.kind === 'item' ? items.indexOf(target.item) : target.kind === 'section' ? items.indexOf(target.section.items[0]!) : items.length;
  return at > items.indexOf(gate) && at < targetIndex;
}

/** A section's blocks: each run of two or more rating items on one scale is a grid; every other item stands alone. */
export function paperBlocks(section: Section): PaperBlock[] {
  const blocks: PaperBlock[] = [];
  for (const item of section.items) {
    const last = blocks.at(-1);
    if (item.type === 'rating' && last?.kind === 'grid' && last.scaleId === item.scale && sameRule(last.items[0]!, item)) last.items.push(item);
    else if (item.type === 'rating') blocks.push({ kind: 'grid', scaleId: item.scale, items: [item] });
    else blocks.push({ kind: 'item', item });
  }
  // A grid of one row prints as a plain item, its options in a line.
  return blocks.map((block) => (block.kind === 'grid' && block.items.length === 1 ? { kind: 'item', item: block.items[0]! } : block));
}

/** Rows of one grid share their rule, so the grid's condition is printed once above it. */
function sameRule(a: Item, b: Item): boolean {
  return a.visibleIf?.item === b.visibleIf?.item && JSON.stringify(a.visibleIf?.anyOf) === JSON.stringify(b.visibleIf?.anyOf);
}

/** The whole form's sections, in printed order. */
export function paperSections(definition: Definition): PaperSection[] {
  return definition.sections.map((section) => ({ section, blocks: paperBlocks(section) }));
}

/** The number a choice item's limits print as, for the view to put in words. */
export function choiceLimits(item: ChoiceItem): { min?: number; max?: number } | undefined {
  if (!item.multiple) return undefined;
  return { ...(item.minChoices !== undefined ? { min: item.minChoices } : {}), ...(item.maxChoices !== undefined ? { max: item.maxChoices } : {}) };
}
