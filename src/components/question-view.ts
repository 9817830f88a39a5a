import { nothing } from 'lit';
import { Directive, directive, type ChildPart } from 'lit/directive.js';
import type { UiStrings } from '../i18n/strings.js';
import { ownValue } from '../model/id-record.js';
import { answerOptions } from '../model/items.js';
import { localize, numberedLabel } from '../model/text.js';
import type { ValidationIssue } from '../model/validation.js';
import type { Definition, Item, LocalizedText } from '../schema/definition.js';
import type { Answers, AnswerValue } from '../schema/response.js';

/** What a question needs to show itself; the element listens once on its form, where each control's `name` is its item id. */
export interface QuestionContext {
  definition: Definition;
  locale: string;
  strings: UiStrings;
  answers: Answers;
  issueFor: (itemId: string) => ValidationIssue | undefined;
}

/** DOM ids inside the shadow root, derived from item ids (which are unique and id-safe). */
export const questionId = (itemId: string) => `q-${itemId}`;
const inputId = (itemId: string) => `i-${itemId}`;
const errorId = (itemId: string) => `e-${itemId}`;
const hintId = (itemId: string) => `h-${itemId}`;
const countId = (itemId: string) => `n-${itemId}`;

/** An element with attributes and children; text is appended as text nodes, never parsed as HTML. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string>, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Sets or removes an attribute only when it changes, so an update touches nothing that stays the same. */
function setAttribute(node: Element, name: string, value: string | undefined): void {
  if (value === undefined) node.removeAttribute(name);
  else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** One option as drawn: its input's value and its text (for a rating whose form prints codes, the code and the label). */
interface DrawnOption {
  value: string;
  text: string;
}

/**
 * Drawings by owner (an item, or a definition for its scales) and variant (the language, with the scale's id), for
 * the whole page: every survey, and every question of a scale, clones one.
 */
const drawings = new WeakMap<object, Map<string, HTMLElement>>();

function drawn(owner: Item | Definition, variant: string, draw: () => HTMLElement): HTMLElement {
  let byVariant = drawings.get(owner);
  if (!byVariant) drawings.set(owner, (byVariant = new Map()));
  let drawing = byVariant.get(variant);
  if (!drawing) byVariant.set(variant, (drawing = draw()));
  return drawing;
}

/** A list of options, its inputs not yet named: each question names its own. */
function drawOptions(kind: 'scale' | 'choices', type: 'radio' | 'checkbox', options: readonly DrawnOption[]): HTMLElement {
  return element(
    'div',
    { class: kind === 'scale' ? 'options scale' : 'options', part: kind },
    // The code and the label are one text node: a styled code of its own (a span per option) made 50 surveys on a
    // page take a fifth longer to render, lay out and style (measured by the bench).
    ...options.map(({ value, text }) => element('label', { class: 'option', part: 'option' }, element('input', { type, value }), text)),
  );
}

/**
 * A question's options; a rating scale's are drawn once for all the questions that use it. A rating option shows
 * its code only where the paper form prints it (the scale's `showCodes`): elsewhere a code is internal.
 */
function drawList(item: Exclude<Item, { type: 'text' }>, ctx: QuestionContext): HTMLElement {
  const showCodes = item.type === 'rating' && ctx.definition.scales.find((scale) => scale.id === item.scale)?.showCodes === true;
  const options = () =>
    answerOptions(ctx.definition, item).map(({ answer, label }) => {
      const text = localize(label, ctx.locale, ctx.definition.defaultLocale);
      return { value: String(answer), text: showCodes ? `${answer} ${text}` : text };
    });
  if (item.type === 'choice') return drawOptions('choices', item.multiple ? 'checkbox' : 'radio', options());
  return drawn(ctx.definition, `${ctx.locale} ${item.scale}`, () => drawOptions('scale', 'radio', options())).cloneNode(true) as HTMLElement;
}

/**
 * A question as no answer changes it, in one language: a fieldset of native radios or checkboxes, or a labelled
 * text field. Error messages, `checked`, values and counts are filled in by {@link QuestionView.show}.
 */
function draw(item: Item, ctx: QuestionContext): HTMLElement {
  const text = (t: LocalizedText) => localize(t, ctx.locale, ctx.definition.defaultLocale);
  // One text node: the number is part of the label, as on paper. The star is the legend's ::after, and the
  // spoken "(required)" a visually hidden span: fewer nodes per question, which 50 surveys on a page feel.
  const label = [
    numberedLabel(item, ctx.locale, ctx.definition.defaultLocale),
    ...(item.required ? [element('span', { class: 'visually-hidden' }, ` ${ctx.strings.requiredMark}`)] : []),
  ];
  const legendClass = item.required ? 'legend required' : 'legend';
  const hint = item.hint ? [element('p', { class: 'hint', id: hintId(item.id) }, text(item.hint))] : [];
  const count = element('p', { class: 'count', id: countId(item.id) });
  const common = { id: inputId(item.id), name: item.id };
  if (item.type === 'text') {
    const field = item.multiline
      ? element('textarea', { ...common, part: 'textarea', rows: '4', maxlength: String(item.maxLength) })
      : element('input', { ...common, type: 'text', part: 'input', maxlength: String(item.maxLength) });
    field.required = item.required;
    const legend = element('label', { class: legendClass, for: inputId(item.id) }, ...label);
    return element('div', { class: 'question text', part: 'question', id: questionId(item.id) }, legend, ...hint, field, count);
  }
  const multiple = item.type === 'choice' && item.multiple;
  const list = drawList(item, ctx);
  for (const input of list.querySelectorAll('input')) {
    input.name = item.id;
    input.required = item.required && !multiple;
  }
  if (multiple) count.setAttribute('aria-live', 'polite');
  const legend = element('legend', { class: legendClass }, ...label);
  return element('fieldset', { class: `question ${item.type}`, part: 'question', id: questionId(item.id) }, legend, ...hint, list, ...(multiple ? [count] : []));
}

function drawingFor(item: Item, ctx: QuestionContext): HTMLElement {
  return drawn(item, ctx.locale, () => draw(item, ctx));
}

/**
 * One survey's copy of a drawn question, and what changes in it as the citizen answers. Its parts are found by
 * position (the drawing's order is fixed: label, hint, controls, count), not by selector queries on every copy.
 */
class QuestionView {
  readonly root: HTMLElement;
  /** The options list (ratings, choices) or the text field; the error message goes right before it. */
  private readonly controls: Element;
  private readonly count: Element | null;
  /**
   * The option inputs, the answer each stands for (read from the item, not from the inputs) and the checked class
   * this view last wrote. Found on first need: a copy shown with no answer and no error is as drawn, and most of
   * the copies on a page with many surveys are never touched again.
   */
  private options: { inputs: HTMLInputElement[]; values: readonly AnswerValue[]; marked: boolean[] } | undefined;
  /** Made when a first error is shown: most questions never have one. */
  private error: HTMLElement | undefined;
  /** The `aria-invalid` this view last wrote on the options. */
  private invalid = false;

  constructor(
    readonly drawing: HTMLElement,
    item: Item,
  ) {
    this.root = drawing.cloneNode(true) as HTMLElement;
    this.controls = this.root.children[item.hint ? 2 : 1]!;
    this.count = this.controls.nextElementSibling;
  }

  show(item: Item, ctx: QuestionContext): void {
    const issue = ctx.issueFor(item.id);
    const answer = ownValue(ctx.answers, item.id);
    this.showError(item.id, issue && ctx.strings.validation[issue.code](issue.limit));
    this.root.toggleAttribute('data-invalid', issue !== undefined);
    // Only an invalid control says so: `aria-invalid` absent means valid, with one attribute less per copy.
    const invalid = issue ? 'true' : undefined;
    const described = describedBy(item.hint && hintId(item.id), issue && errorId(item.id), this.count !== null && countId(item.id));

    if (item.type === 'text') {
      const value = typeof answer === 'string' ? answer : '';
      const field = this.controls as HTMLInputElement | HTMLTextAreaElement;
      // Compared with the live control, which the citizen changes before the answers do.
      if (field.value !== value) field.value = value;
      setAttribute(field, 'aria-invalid', invalid);
      setAttribute(field, 'aria-describedby', described);
      this.setCount(ctx.strings.charactersLeft(item.maxLength - value.length));
      return;
    }
    setAttribute(this.root, 'aria-describedby', described);
    if (item.type === 'choice' && item.multiple) this.setCount(ctx.strings.choicesChosen(Array.isArray(answer) ? answer.length : 0, item.maxChoices));
    // Nothing to change on a copy as drawn (any click on it has set an answer first).
    if (!this.options && answer === undefined && !issue) return;
    const options = (this.options ??= {
      inputs: Array.from(this.controls.children, (label) => label.firstElementChild as HTMLInputElement),
      values: answerOptions(ctx.definition, item).map((option) => option.answer),
      marked: [],
    });
    const invalidChanged = this.invalid !== (issue !== undefined);
    this.invalid = issue !== undefined;
    options.inputs.forEach((input, i) => {
      const value = options.values[i]!;
      const checked = Array.isArray(answer) ? answer.includes(value as string) : answer === value;
      // Compared with the live control too: a click checks it before the answers change.
      if (input.checked !== checked) input.checked = checked;
      if ((options.marked[i] ?? false) !== checked) input.parentElement!.classList.toggle('checked', (options.marked[i] = checked));
      if (invalidChanged) setAttribute(input, 'aria-invalid', invalid);
    });
  }

  private showError(itemId: string, message: string | undefined): void {
    if (message === undefined) {
      this.error?.remove();
      return;
    }
    this.error ??= element('p', { class: 'error', part: 'error', id: errorId(itemId) });
    if (this.error.textContent !== message) this.error.textContent = message;
    if (this.error.parentNode !== this.root) this.root.insertBefore(this.error, this.controls);
  }

  private setCount(text: string): void {
    if (this.count && this.count.textContent !== text) this.count.textContent = text;
  }
}

/**
 * A question, cloned from its drawing and updated in place. A Lit template instance per question and per option
 * made 50 surveys on a page render in more than twice the time of the plain-DOM floor (measured by the bench);
 * a clone of a drawn subtree costs about what the floor's own DOM calls do, and only answers, errors and counts
 * change after it.
 */
class QuestionDirective extends Directive {
  private view: QuestionView | undefined;

  render(_item: Item, _ctx: QuestionContext): typeof nothing {
    return nothing;
  }

  override update(_part: ChildPart, [item, ctx]: [Item, QuestionContext]): HTMLElement {
    const drawing = drawingFor(item, ctx);
    if (this.view?.drawing !== drawing) this.view = new QuestionView(drawing, item);
    this.view.show(item, ctx);
    return this.view.root;
  }
}

/** One question: a fieldset with a legend for ratings and choices, a labelled field for text. */
export const renderQuestion = directive(QuestionDirective);
