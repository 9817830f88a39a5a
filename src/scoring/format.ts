import type { Definition, LocalizedText } from '../schema/definition.js';
import { itemsById } from '../model/items.js';
import { localize, numberedLabel } from '../model/text.js';
import type { ReportStrings } from '../i18n/report-strings.js';
import { compilePlan, planKey } from './plan.js';
import type { Figure, GroupResult, ScoreResults } from './results.js';

/*
 * The one place where indices become text. The library, the command line and <sipas-report> all print
 * through these functions, so they agree to the last digit.
 */

/** Digits after the decimal point of every printed index (the national reports print two). */
export const INDEX_DIGITS = 2;

/**
 * An index in percent as printed: two decimals, halves rounded up. Binary noise from averaging (e.g.
 * 84.444999999999999 for a true 84.445) is removed first by rounding to 12 significant digits.
 */
export function formatIndex(value: number | null, decimalSeparator = '.', missing = '—'): string {
  if (value === null) return missing;
  const scaled = Number((value * 10 ** INDEX_DIGITS).toPrecision(12));
  const text = (Math.round(scaled) / 10 ** INDEX_DIGITS).toFixed(INDEX_DIGITS);
  return decimalSeparator === '.' ? text : text.replace('.', decimalSeparator);
}

export type RowSection = 'summary' | 'elements' | 'criteria' | 'expectations';
export type RowIndicator = 'sipas' | 'overall' | 'evaluation' | 'element-satisfaction' | 'element-evaluation' | 'criterion' | 'expectation';

/** One printed line of a report: what it is, its label in the report's language, the figure and its text. */
export interface ScoreRow {
  section: RowSection;
  indicator: RowIndicator;
  /** The element id, item id, or `itemId:option` the row is about ('' for the summary rows). */
  key: string;
  /** What the row is about (an element's title, a criterion's text); the label adds the indicator's name. */
  subject: string;
  label: string;
  figure: Figure;
  /** The value as printed, e.g. "84,45" in Vietnamese. */
  value: string;
}

/** The definition a result was computed with. */
export function definitionFor(definitions: readonly Definition[], questionnaire: { id: string; version: string }): Definition {
  const wanted = planKey(questionnaire.id, questionnaire.version);
  const found = definitions.find((d) => planKey(d.id, d.version) === wanted);
  if (!found) throw new Error(`no definition for ${wanted}`);
  return found;
}

/**
 * The rows of one group's report, in print order: the summary, the elements, the criteria from weakest to
 * strongest (what to fix first; missing indices last), and the expectations as ranked by the results.
 */
export function groupRows(group: GroupResult, definition: Definition, strings: ReportStrings): ScoreRow[] {
  const text = (t: LocalizedText) => localize(t, strings.locale, definition.defaultLocale);
  const items = itemsById(definition);
  const titles = new Map(compilePlan(definition).elements.map((e) => [e.id, text(e.title)]));
  const elementTitle = (id: string) => titles.get(id) ?? id;
  const row = (section: RowSection, indicator: RowIndicator, key: string, label: string, figure: Figure, subject = label): ScoreRow => ({
    section,
    indicator,
    key,
    subject,
    label,
    figure,
    value: formatIndex(figure.value, strings.decimalSeparator, strings.missingValue),
  });
  const criteria = group.elements
    .flatMap((e) => e.criteria)
    .sort((a, b) => (a.index.value ?? Infinity) - (b.index.value ?? Infinity));
  return [
    row('summary', 'sipas', '', strings.sipas, group.sipas),
    row('summary', 'overall', '', strings.overall, group.overall),
    row('summary', 'evaluation', '', strings.evaluation, group.evaluation),
    ...group.elements.flatMap((e) => [
      row('elements', 'element-satisfaction', e.id, strings.elementSatisfaction(elementTitle(e.id)), e.satisfaction, elementTitle(e.id)),
      row('elements', 'element-evaluation', e.id, strings.elementEvaluation(elementTitle(e.id)), e.evaluation, elementTitle(e.id)),
    ]),
    ...criteria.map((c) => {
      const item = items.get(c.itemId);
      const label = item ? numberedLabel(item, strings.locale, definition.defaultLocale) : c.itemId;
      return row('criteria', 'criterion', c.itemId, label, c.index);
    }),
    ...group.expectations.map((x) => {
      const item = items.get(x.itemId);
      const option = item?.type === 'choice' ? item.options.find((o) => o.value === x.option) : undefined;
      const label = option ? text(option.label) : item ? text(item.label) : x.itemId;
      return row('expectations', 'expectation', x.option ? `${x.itemId}:${x.option}` : x.itemId, label, x.share);
    }),
  ];
}

/** A one-line title of a group: questionnaire, cut values and the number of responses. */
export function groupTitle(group: GroupResult, strings: ReportStrings): string {
  const cut = Object.entries(group.cut).map(([field, value]) => `${field === 'period' ? strings.period : field}: ${value ?? strings.missingValue}`);
  return [`${group.questionnaire.id} ${group.questionnaire.version}`, ...cut, strings.responses(group.responses)].join(' · ');
}

/*
 * Context values and wording come from responses and definitions, which anyone can write: before they reach a
 * spreadsheet, a Markdown page or a terminal, nothing in them may act as a formula, as markup or as a command.
 */

/** Line breaks and tabs inside a value: shown as a space, since one value never spans two lines or columns. */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
/** Other C0 and C1 controls (ESC starts terminal commands), DEL, and the bidirectional controls that reorder what is shown. */
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A value made safe to print on a terminal: on one line, without control characters. */
export function terminalText(text: string): string {
  return text.replace(LINE_BREAKS, ' ').replace(CONTROLS, '');
}

/** A value as the text of a Markdown table cell or heading: on one line, every character with a Markdown meaning escaped. */
export function markdownText(text: string): string {
  return terminalText(text).replace(/[\\`*_[\]<>|~&]/g, '\\$&');
}

/** What a spreadsheet reads as a formula at the start of a cell (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180). A text starting like a formula is neutralised as OWASP recommends: a leading apostrophe
 * makes it text, and the cell is quoted. Cells with a separator (a comma, or the semicolon that spreadsheets set to
 * Vietnamese use) are quoted too, so that no part of a value can start a cell of its own.
 */
export function csvCell(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return text !== value || /[",;\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV (RFC 4180, a header row, values with a decimal point) of every group's rows. */
export function resultsToCsv(results: ScoreResults, definitions: readonly Definition[], strings: ReportStrings): string {
  const cutFields = [...results.options.by, ...(results.options.period ? ['period'] : [])];
  const header = ['questionnaire', 'version', ...cutFields, 'section', 'indicator', 'key', 'label', 'value_percent', 'n', 'low_n'];
  const lines = [header.join(',')];
  for (const group of results.groups) {
    for (const row of groupRows(group, definitionFor(definitions, group.questionnaire), strings)) {
      const cells = [
        group.questionnaire.id,
        group.questionnaire.version,
        ...cutFields.map((f) => group.cut[f] ?? ''),
        row.section,
        row.indicator,
        row.key,
        row.label,
        formatIndex(row.figure.value, '.', ''),
        row.figure.n,
        row.figure.lowN,
      ];
      lines.push(cells.map(csvCell).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** The lines that say which responses were not counted, and why. */
export function rejectionLines(results: ScoreResults, strings: ReportStrings): string[] {
  const rejected = Object.entries(results.rejected).filter(([, count]) => count > 0) as [keyof ReportStrings['rejectReasons'], number][];
  const total = rejected.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return [];
  return [`${strings.rejected(total)}: ${rejected.map(([reason, count]) => `${strings.rejectReasons[reason]} ${count}`).join(', ')}`];
}

function noteOf(figure: Figure, strings: ReportStrings, minN: number): string {
  return figure.lowN ? strings.lowN(minN) : '';
}

/** A Markdown report: one heading and one table per group. */
export function resultsToMarkdown(results: ScoreResults, definitions: readonly Definition[], strings: ReportStrings): string {
  const out = [`# ${strings.title}`, ''];
  if (results.groups.length === 0) out.push(strings.noData, '');
  for (const group of results.groups) {
    out.push(`## ${markdownText(groupTitle(group, strings))}`, '');
    out.push(`| ${strings.columns.indicator} | ${strings.columns.value} | ${strings.columns.n} | ${strings.columns.note} |`, '|---|---:|---:|---|');
    for (const row of groupRows(group, definitionFor(definitions, group.questionnaire), strings)) {
      out.push(`| ${markdownText(row.label)} | ${row.value} | ${row.figure.n} | ${noteOf(row.figure, strings, results.minN)} |`);
    }
    out.push('');
  }
  for (const line of rejectionLines(results, strings)) out.push(line, '');
  return out.join('\n');
}

/** A plain-text report for a terminal: aligned columns, one block per group, sections separated. */
export function resultsToText(results: ScoreResults, definitions: readonly Definition[], strings: ReportStrings): string {
  const out: string[] = [strings.title, ''];
  if (results.groups.length === 0) out.push(strings.noData, '');
  for (const group of results.groups) {
    out.push(terminalText(groupTitle(group, strings)));
    const rows = groupRows(group, definitionFor(definitions, group.questionnaire), strings).map((row) => ({ ...row, label: terminalText(row.label) }));
    const labelWidth = Math.min(70, Math.max(...rows.map((r) => r.label.length), strings.columns.indicator.length));
    const valueWidth = Math.max(strings.columns.value.length, ...rows.map((r) => r.value.length));
    const nWidth = Math.max(strings.columns.n.length, ...rows.map((r) => String(r.figure.n).length));
    const fit = (label: string) => (label.length > labelWidth ? `${label.slice(0, labelWidth - 1)}…` : label.padEnd(labelWidth));
    const line = (label: string, value: string, n: string, note: string) => `  ${fit(label)}  ${value.padStart(valueWidth)}  ${n.padStart(nWidth)}  ${note}`.trimEnd();
    let section: RowSection | undefined;
    for (const row of rows) {
      if (row.section !== section) {
        section = row.section;
        out.push('', `  ${strings.sections[section]}`, line(strings.columns.indicator, strings.columns.value, strings.columns.n, strings.columns.note));
      }
      out.push(line(row.label, row.value, String(row.figure.n), noteOf(row.figure, strings, results.minN)));
    }
    out.push('');
  }
  for (const line of rejectionLines(results, strings)) out.push(line, '');
  return out.join('\n');
}
