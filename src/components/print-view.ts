import { html, nothing, type TemplateResult } from 'lit';
import { paperStringsFor, type PaperStrings } from '../i18n/paper.js';
import { listItems } from '../model/items.js';
import { choiceLimits, codedOptions, conditionNote, paperSections, skipNotes, type CodedOption, type PaperBlock, type SkipTarget } from '../model/paper.js';
import { wordingHash } from '../model/response.js';
import { localize, numberedLabel } from '../model/text.js';
import type { Definition, Item, LocalizedText, RatingItem, Section } from '../schema/definition.js';
import type { ServiceContext } from '../schema/response.js';
import { headingLevel } from './heading-level.js';

/*
 * The paper form (<sipas-survey layout="print">): the definition's own text in one language, laid out for A4 and a
 * pen. Loaded on demand by the PrintController, so the citizen's online form never carries it.
 */

export interface PaperFormInput {
  definition: Definition;
  locale: string;
  context: ServiceContext;
  headingLevel: number;
}

/** What one render needs at hand: the text in the chosen language and the form's items in order. */
interface Paper {
  definition: Definition;
  locale: string;
  strings: PaperStrings;
  text: (t: LocalizedText) => string;
  items: Item[];
}

/** Lines for a text answer: about one per 90 characters allowed, at least 2 (1 for a one-line field), at most 8. */
const ruledLines = (item: Extract<Item, { type: 'text' }>) => (item.multiline ? Math.min(8, Math.max(2, Math.ceil(item.maxLength / 90))) : 1);

const answerText = (paper: Paper, option: CodedOption, rating: boolean) => (rating ? `${option.code} ${paper.text(option.label)}` : paper.text(option.label));

function targetText(paper: Paper, target: Exclude<SkipTarget, { kind: 'end' }>): string {
  return target.kind === 'section'
    ? paper.strings.section(paper.text(target.section.title))
    : paper.strings.question(target.item.number, paper.text(target.item.label));
}

/** Every rule in words for one item: when it is answered at all, and where its answers send the respondent. */
function ruleNotes(paper: Paper, item: Item, previous: Item | undefined): { only: string[]; skips: string[] } {
  const rating = item.type === 'rating';
  const skips = skipNotes(paper.definition, item).map(({ answers, target }) => {
    const words = answers.map((option) => answerText(paper, option, rating));
    return target.kind === 'end' ? paper.strings.skipToEnd(words) : paper.strings.skipTo(words, targetText(paper, target));
  });
  const condition = conditionNote(paper.definition, item, previous);
  const only = condition
    ? [
        paper.strings.onlyIf(
          condition.gateJustAbove ? paper.strings.questionAbove : paper.strings.question(condition.gate.number, paper.text(condition.gate.label)),
          condition.answers.map((option) => answerText(paper, option, condition.gate.type === 'rating')),
        ),
      ]
    : [];
  return { only, skips };
}

const notes = (lines: string[]) => lines.map((line) => html`<p class="rule">${line}</p>`);

/** One option: an empty box to mark, its code beside it, then its label. */
const optionBox = (paper: Paper, option: CodedOption) =>
  html`<li class="option"><span class="box" aria-hidden="true"></span><span class="code">${option.code}</span> ${paper.text(option.label)}</li>`;

function limitsNote(paper: Paper, item: Item): string | undefined {
  if (item.type === 'text') return paper.strings.maxCharacters(item.maxLength);
  if (item.type !== 'choice') return undefined;
  const limits = choiceLimits(item);
  return limits ? paper.strings.chooseMany(limits) : undefined;
}

function renderItem(paper: Paper, item: Item, previous: Item | undefined): TemplateResult {
  const limit = limitsNote(paper, item);
  return html`<div class="item ${item.type}" data-item=${item.id}>
    <p class="label">${numberedLabel(item, paper.locale, paper.definition.defaultLocale)}</p>
    ${item.hint ? html`<p class="hint">${paper.text(item.hint)}</p>` : nothing}
    ${notes(Object.values(ruleNotes(paper, item, previous)).flat())}
    ${limit ? html`<p class="limit">${limit}</p>` : nothing}
    ${item.type === 'text'
      ? html`<div class="lines">${Array.from({ length: ruledLines(item) }, () => html`<span class="line"></span>`)}</div>`
      : html`<ul class="options ${item.type}">${codedOptions(paper.definition, item).map((option) => optionBox(paper, option))}</ul>`}
  </div>`;
}

/** Ratings of one scale as the national form prints them: a row per criterion, a column per level of the scale. */
function renderGrid(paper: Paper, items: RatingItem[], previous: Item | undefined): TemplateResult {
  const scale = codedOptions(paper.definition, items[0]!);
  // The rows share one rule (a grid never mixes rules): its condition is said once, above the grid.
  return html`<div class="grid-block" data-grid=${items.map((item) => item.id).join(' ')}>
    ${notes(ruleNotes(paper, items[0]!, previous).only)}
    <table class="grid">
      <thead>
        <tr>
          <td></td>
          ${scale.map((option) => html`<th scope="col"><span class="code">${option.code}</span> ${paper.text(option.label)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${items.map((item, row) => {
          const rowNotes = ruleNotes(paper, item, row === 0 ? previous : items[row - 1]).skips;
          return html`<tr class="item rating" data-item=${item.id}>
            <th scope="row">
              <span class="label">${numberedLabel(item, paper.locale, paper.definition.defaultLocale)}</span>
              ${notes(rowNotes)}
            </th>
            ${scale.map((option) => html`<td><span class="box" aria-hidden="true"></span><span class="code">${option.code}</span></td>`)}
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}

function renderBlock(paper: Paper, block: PaperBlock): TemplateResult {
  const first = block.kind === 'grid' ? block.items[0]! : block.item;
  const previous = paper.items[paper.items.indexOf(first) - 1];
  return block.kind === 'grid' ? renderGrid(paper, block.items, previous) : renderItem(paper, block.item, previous);
}

function renderSection(paper: Paper, section: Section, blocks: PaperBlock[], level: number): TemplateResult {
  return html`<section class="paper-section ${section.kind ?? 'questions'}" aria-labelledby="p-${section.id}">
    <div role="heading" aria-level=${level} class="section-title" id="p-${section.id}">${paper.text(section.title)}</div>
    ${section.description ? html`<p class="section-description">${paper.text(section.description)}</p>` : nothing}
    ${blocks.map((block) => renderBlock(paper, block))}
  </section>`;
}

/** The whole paper form: header with the boxes to fill in, the sections, and the wording's code in the footer. */
export function renderPaperForm({ definition, locale, context, headingLevel: level }: PaperFormInput): TemplateResult {
  const strings = paperStringsFor(locale);
  const paper: Paper = {
    definition,
    locale,
    strings,
    text: (t) => localize(t, locale, definition.defaultLocale),
    items: listItems(definition).map(({ item }) => item),
  };
  const title = headingLevel(level);
  const hasText = paper.items.some((item) => item.type === 'text');
  return html`<div class="paper" part="base" lang=${locale}>
    <header class="paper-header">
      ${context.agencyName ? html`<p class="agency">${context.agencyName}</p>` : nothing}
      <div role="heading" aria-level=${title} class="paper-title" part="title">${paper.text(definition.title)}</div>
      <p class="version">${strings.version(definition.id, definition.version)}</p>
      <div class="fill-in">
        <p>${strings.formNumber}: <span class="blank"></span></p>
        <p>${strings.enumerator}: <span class="blank"></span></p>
        <p>${strings.fieldDate}: <span class="blank short"></span></p>
      </div>
      ${definition.description ? html`<p class="description">${paper.text(definition.description)}</p>` : nothing}
      <p class="instruction">${strings.instruction}${hasText ? ` ${strings.textInstruction}` : ''}</p>
    </header>
    ${paperSections(definition).map(({ section, blocks }) => renderSection(paper, section, blocks, headingLevel(title + 1)))}
    <footer class="paper-footer"><p>${strings.wordingCode(wordingHash(definition, locale))}</p></footer>
  </div>`;
}

/**
 * The page's own rules for printing: A4 portrait, and in the page margins the page number ("Trang 1/3") and the
 * wording's code, on every sheet. Margin boxes exist only in a document's style sheets (not a shadow root's).
 */
export function pageRules(definition: Definition, locale: string): CSSStyleSheet {
  const strings = paperStringsFor(locale);
  const [before, between] = strings.pageOf;
  const cssString = (text: string) => JSON.stringify(text);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`@page {
    size: A4 portrait;
    margin: 14mm 14mm 16mm 16mm;
    @bottom-right { content: ${cssString(before)} counter(page) ${cssString(between)} counter(pages); font: 9pt sans-serif; color: #000; }
    @bottom-left { content: ${cssString(`${definition.id} ${definition.version} · ${strings.wordingCode(wordingHash(definition, locale))}`)}; font: 7pt sans-serif; color: #000; }
  }`);
  return sheet;
}
