import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import type { UiStrings } from '../i18n/strings.js';
import { localize } from '../model/text.js';
import type { ValidationIssue } from '../model/validation.js';
import type { ChoiceItem, Definition, Item, LocalizedText, RatingItem, TextItem } from '../schema/definition.js';
import type { Answers } from '../schema/response.js';

/**
 * What a question template needs; templates are pure functions of it. They bind no listeners: the element listens
 * once on its form, and each control's `name` is its item id.
 */
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

function describedBy(...ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function questionLabel(item: Item, ctx: QuestionContext): TemplateResult {
  const text = (t: LocalizedText) => localize(t, ctx.locale, ctx.definition.defaultLocale);
  return html`${item.number ? html`<span class="number">${item.number}. </span>` : nothing}${text(item.label)}${item.required
      ? html`<span class="required" aria-hidden="true"> *</span><span class="visually-hidden"> ${ctx.strings.requiredMark}</span>`
      : nothing}`;
}

function questionNotes(item: Item, ctx: QuestionContext, issue: ValidationIssue | undefined): TemplateResult {
  return html`${item.hint
      ? html`<p class="hint" id=${hintId(item.id)}>${localize(item.hint, ctx.locale, ctx.definition.defaultLocale)}</p>`
      : nothing}${issue
      ? html`<p class="error" part="error" id=${errorId(item.id)}>${ctx.strings.validation[issue.code](issue.limit)}</p>`
      : nothing}`;
}

function renderRating(item: RatingItem, ctx: QuestionContext, issue: ValidationIssue | undefined): TemplateResult {
  const scale = ctx.definition.scales.find((s) => s.id === item.scale)!;
  const value = ctx.answers[item.id];
  return html`<div class="options scale" part="scale">
    ${scale.options.map(
      (option) => html`<label class="option ${value === option.code ? 'checked' : ''}" part="option">
        <input
          type="radio"
          name=${item.id}
          value=${option.code}
          .checked=${live(value === option.code)}
          ?required=${item.required}
          aria-invalid=${issue ? 'true' : 'false'}
        /><span class="code">${option.code} </span>${localize(option.label, ctx.locale, ctx.definition.defaultLocale)}
      </label>`,
    )}
  </div>`;
}

function renderChoice(item: ChoiceItem, ctx: QuestionContext, issue: ValidationIssue | undefined): TemplateResult {
  const value = ctx.answers[item.id];
  const chosen = Array.isArray(value) ? value : [];
  return html`<div class="options" part="choices">
      ${item.options.map((option) => {
        const checked = item.multiple ? chosen.includes(option.value) : value === option.value;
        return html`<label class="option ${checked ? 'checked' : ''}" part="option">
          <input
            type=${item.multiple ? 'checkbox' : 'radio'}
            name=${item.id}
            value=${option.value}
            .checked=${live(checked)}
            ?required=${item.required && !item.multiple}
            aria-invalid=${issue ? 'true' : 'false'}
          />
          ${localize(option.label, ctx.locale, ctx.definition.defaultLocale)}
        </label>`;
      })}
    </div>
    ${item.multiple
      ? html`<p class="count" id=${countId(item.id)} aria-live="polite">${ctx.strings.choicesChosen(chosen.length, item.maxChoices)}</p>`
      : nothing}`;
}

function renderText(item: TextItem, ctx: QuestionContext, issue: ValidationIssue | undefined): TemplateResult {
  const value = typeof ctx.answers[item.id] === 'string' ? (ctx.answers[item.id] as string) : '';
  const describe = describedBy(item.hint && hintId(item.id), issue && errorId(item.id), countId(item.id));
  return html`<div class="question text" part="question" id=${questionId(item.id)} ?data-invalid=${issue !== undefined}>
    <label class="legend" for=${inputId(item.id)}>${questionLabel(item, ctx)}</label>
    ${questionNotes(item, ctx, issue)}
    ${item.multiline
      ? html`<textarea
          id=${inputId(item.id)}
          name=${item.id}
          part="textarea"
          rows="4"
          maxlength=${item.maxLength}
          ?required=${item.required}
          aria-invalid=${issue ? 'true' : 'false'}
          aria-describedby=${ifDefined(describe)}
          .value=${live(value)}
        ></textarea>`
      : html`<input
          type="text"
          id=${inputId(item.id)}
          name=${item.id}
          part="input"
          maxlength=${item.maxLength}
          ?required=${item.required}
          aria-invalid=${issue ? 'true' : 'false'}
          aria-describedby=${ifDefined(describe)}
          .value=${live(value)}
        />`}
    <p class="count" id=${countId(item.id)}>${ctx.strings.charactersLeft(item.maxLength - value.length)}</p>
  </div>`;
}

/** One question: a fieldset with a legend for ratings and choices, a labelled field for text. */
export function renderQuestion(item: Item, ctx: QuestionContext): TemplateResult {
  const issue = ctx.issueFor(item.id);
  if (item.type === 'text') return renderText(item, ctx, issue);
  const describe = describedBy(item.hint && hintId(item.id), issue && errorId(item.id), item.type === 'choice' && item.multiple && countId(item.id));
  return html`<fieldset
    class="question ${item.type}"
    part="question"
    id=${questionId(item.id)}
    aria-describedby=${ifDefined(describe)}
    ?data-invalid=${issue !== undefined}
  >
    <legend class="legend">${questionLabel(item, ctx)}</legend>
    ${questionNotes(item, ctx, issue)}
    ${item.type === 'rating' ? renderRating(item, ctx, issue) : renderChoice(item, ctx, issue)}
  </fieldset>`;
}
