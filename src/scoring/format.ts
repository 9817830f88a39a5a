import type { Definition, LocalizedText } from '../schema/definition.js';
import { itemsById } from '../model/items.js';
import { localize, numberedLabel } from '../model/text.js';
import type { ReportStrings } from '../i18n/report-strings.js';
import { compareRows, comparisonPeriod, groupInPeriod, latestGroups, type ComparedRow } from './compare.js';
import { compilePlan, planKey } from './plan.js';
import type { Figure, GroupResult, ScoreResults } from './results.js';
import { cutValueWords, cutWords, formatCount, periodWords, questionnaireWords, type AgencyNames } from './words.js';

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
/** The sections of a report, in print order. */
export const SECTIONS: readonly RowSection[] = ['summary', 'elements', 'criteria', 'expectations'];
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

/** A one-line title of a group: its cuts in words and the number of responses, e.g. "Kênh: Trực tiếp · Quý 2/2026 · 3.002 phiếu". */
export function groupTitle(group: GroupResult, strings: ReportStrings, names?: AgencyNames): string {
  return [...cutWords(group.cut, strings, names), strings.responses(group.responses)].join(' · ');
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

/** The responses not counted, in words: "12: không phải JSON 2, sai cấu trúc phiếu 10", or "không có". */
export function excludedWords(results: ScoreResults, strings: ReportStrings): string {
  const rejected = Object.entries(results.rejected).filter(([, count]) => count > 0) as [keyof ReportStrings['rejectReasons'], number][];
  const total = rejected.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return strings.header.none;
  return `${formatCount(total, strings)}: ${rejected.map(([reason, count]) => `${strings.rejectReasons[reason]} ${formatCount(count, strings)}`).join(', ')}`;
}

/** What a report needs besides the results: agency names to show beside codes, a comparison, the date it is produced. */
export interface ReportOptions {
  names?: AgencyNames;
  /** "previous", or a period ("2025", "2025-Q2", "2025-06") to compare each group's latest period with. */
  compare?: string | null;
  /** The date the report is produced (today when not given). */
  produced?: Date;
}

/** A date as written in the report's language, in Vietnam time (UTC+7), e.g. "28/11/2026" or "28 November 2026". */
export function dateWords(date: Date, strings: ReportStrings): string {
  return new Intl.DateTimeFormat(strings.numberLocale, { day: 'numeric', month: strings.locale === 'vi' ? '2-digit' : 'long', year: 'numeric', timeZone: 'Asia/Ho_Chi_Minh' }).format(date);
}

/**
 * The header facts of a report, as label and value: for one group, its agency, period and responses; then the
 * responses excluded, the questionnaire's full title and version, and the date produced.
 */
export function headerFacts(results: ScoreResults, group: GroupResult | undefined, definitions: readonly Definition[], strings: ReportStrings, options: ReportOptions = {}): [string, string][] {
  const facts: [string, string][] = [];
  if (group?.cut.agencyCode != null) facts.push([strings.header.agency, cutValueWords('agencyCode', group.cut.agencyCode, strings, options.names, group.cut)]);
  if (group) facts.push([strings.header.period, group.cut.period != null ? periodWords(group.cut.period, strings) : strings.header.allPeriods]);
  facts.push([strings.header.counted, formatCount(group ? group.responses : results.accepted, strings)]);
  facts.push([strings.header.excluded, excludedWords(results, strings)]);
  const shown = group ? [group] : results.groups;
  const questionnaires = [...new Set(shown.map((g) => questionnaireWords(definitionFor(definitions, g.questionnaire), strings)))];
  if (questionnaires.length > 0) facts.push([strings.header.questionnaire, questionnaires.join('; ')]);
  facts.push([strings.header.produced, dateWords(options.produced ?? new Date(), strings)]);
  return facts;
}

/** One cell of a report's table: its text as printed, and for a figure its number as printed (rounded the same way). */
export interface ReportCell {
  text: string;
  value?: number | null;
  /** Digits after the decimal point of the figure (2 for an index or a change, 0 for a count). */
  digits?: number;
}

/** A table of a report: its section, title, columns (numeric ones right-aligned) and rows. */
export interface TextTable {
  section: RowSection;
  title: string;
  columns: { label: string; numeric: boolean }[];
  rows: ReportCell[][];
}

/** One group of a report: its title and its tables (the comparison's, or one per section). */
export interface TextBlock {
  title: string;
  /** Said under the title, e.g. that the earlier period has no responses. */
  notes: string[];
  tables: TextTable[];
}

/** An index or a change as a cell: the printed text, and the number as printed (two decimals) for a spreadsheet. */
function figureCell(value: number | null, text: string): ReportCell {
  return { text, value: value === null ? null : Number(formatIndex(value)), digits: INDEX_DIGITS };
}

const countCell = (count: number, strings: ReportStrings): ReportCell => ({ text: formatCount(count, strings), value: count, digits: 0 });
const textCell = (text: string): ReportCell => ({ text });

/**
 * The tables of one group, one per section: with an earlier group, each row beside its earlier value, the change
 * in points and both n, a change over a low n marked as not reliable.
 */
export function groupTables(group: GroupResult, previous: GroupResult | undefined, definitions: readonly Definition[], strings: ReportStrings, minN: number): TextTable[] {
  const { columns, comparison } = strings;
  const rowsOf = (g: GroupResult) => groupRows(g, definitionFor(definitions, g.questionnaire), strings);
  const rows = previous ? compareRows(rowsOf(group), rowsOf(previous), strings) : rowsOf(group).map((row) => ({ ...row, previous: undefined, change: null, changeText: '', previousValue: '', reliable: true }));
  const note = (row: ComparedRow) => (row.figure.lowN ? strings.lowN(minN) : previous && row.change !== null && !row.reliable ? comparison.notReliable : '');
  const header = previous
    ? [columns.indicator, comparison.current, comparison.previous, comparison.change, columns.n, comparison.previousN, columns.note]
    : [columns.indicator, columns.value, columns.n, columns.note];
  return SECTIONS.map((section) => ({
    section,
    title: strings.sections[section],
    columns: header.map((label, i) => ({ label, numeric: i > 0 && i < header.length - 1 })),
    rows: rows
      .filter((row) => row.section === section)
      .map((row) =>
        previous
          ? [
              textCell(row.label),
              figureCell(row.figure.value, row.value),
              figureCell(row.previous?.value ?? null, row.previousValue),
              figureCell(row.change, row.changeText),
              countCell(row.figure.n, strings),
              row.previous ? countCell(row.previous.n, strings) : textCell(strings.missingValue),
              textCell(note(row)),
            ]
          : [textCell(row.label), figureCell(row.figure.value, row.value), countCell(row.figure.n, strings), textCell(note(row))],
      ),
  })).filter((table) => table.rows.length > 0);
}

/**
 * A report as titled blocks of tables, one block per group, which the terminal, Markdown and the workbook print:
 * with a comparison, the latest period of each group beside the earlier one.
 */
export function reportBlocks(results: ScoreResults, definitions: readonly Definition[], strings: ReportStrings, options: ReportOptions = {}): TextBlock[] {
  const tables = (group: GroupResult, previous?: GroupResult) => groupTables(group, previous, definitions, strings, results.minN);
  if (!options.compare) return results.groups.map((group) => ({ title: groupTitle(group, strings, options.names), notes: [], tables: tables(group) }));
  return latestGroups(results).map((group) => {
    const period = comparisonPeriod(group, options.compare!)!;
    const previous = groupInPeriod(results, group, period);
    const earlier = periodWords(period, strings);
    const title = [...cutWords(group.cut, strings, options.names, { period: false }), strings.comparison.title(periodWords(group.cut.period!, strings), earlier)].join(' · ');
    return { title, notes: previous ? [] : [strings.comparison.nothingToCompare(earlier)], tables: tables(group, previous) };
  });
}

/** A workbook's sheets from a report's blocks: one sheet per section, each group's table of that section on it. */
export function sectionSheets(blocks: readonly TextBlock[], strings: ReportStrings): { name: string; tables: { title: string; columns: string[]; rows: ReportCell[][] }[] }[] {
  return SECTIONS.map((section) => ({
    name: strings.sheets[section],
    tables: blocks.flatMap((block) =>
      block.tables.filter((table) => table.section === section).map((table) => ({ title: [block.title, ...block.notes].join(' — '), columns: table.columns.map((c) => c.label), rows: table.rows })),
    ),
  })).filter((sheet) => sheet.tables.length > 0);
}

/** Splits a text into lines of at most `width` characters at spaces; a longer word is split where it must be. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    let rest = word;
    while (rest.length > width) {
      if (line) (lines.push(line), (line = ''));
      lines.push(rest.slice(0, width));
      rest = rest.slice(width);
    }
    if (!line) line = rest;
    else if (line.length + 1 + rest.length <= width) line += ` ${rest}`;
    else (lines.push(line), (line = rest));
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * A text table for a terminal `width` characters wide: numeric columns right-aligned, the first column as wide as
 * the rest leaves and wrapped onto more lines, never cut, so that no two rows read the same.
 */
function textTableLines(table: TextTable, width: number): string[] {
  const cells = [table.columns.map((c) => c.label), ...table.rows.map((row) => row.map((cell) => cell.text))].map((row) => row.map(terminalText));
  const widths = table.columns.map((_, i) => Math.max(...cells.map((row) => row[i]!.length)));
  // The last column (the note) is not padded: it may run on, and a terminal wraps it.
  const others = widths.slice(1, -1).reduce((sum, w) => sum + w + 2, 2);
  widths[0] = Math.max(16, Math.min(widths[0]!, width - 2 - others));
  const out = [`  ${table.title}`];
  for (const row of cells) {
    const label = wrapText(row[0]!, widths[0]!);
    const rest = row.slice(1).map((cell, i) => (table.columns[i + 1]!.numeric ? cell.padStart(widths[i + 1]!) : cell.padEnd(widths[i + 1]!)));
    out.push(`  ${[label[0]!.padEnd(widths[0]!), ...rest].join('  ')}`.trimEnd());
    for (const more of label.slice(1)) out.push(`  ${more}`);
  }
  return out;
}

/** A Markdown report: the header facts, the method, then one heading and its tables per group. */
export function resultsToMarkdown(results: ScoreResults, definitions: readonly Definition[], strings: ReportStrings, options: ReportOptions = {}): string {
  const out = [`# ${strings.title}`, ''];
  for (const [label, value] of headerFacts(results, undefined, definitions, strings, options)) out.push(`- **${label}:** ${markdownText(value)}`);
  out.push('', strings.header.method, '', strings.lowNLegend(results.minN), '');
  if (results.groups.length === 0) out.push(strings.noData, '');
  for (const block of reportBlocks(results, definitions, strings, options)) {
    out.push(`## ${markdownText(block.title)}`, '', ...block.notes.flatMap((line) => [markdownText(line), '']));
    for (const table of block.tables) {
      out.push(`### ${table.title}`, '', `| ${table.columns.map((c) => markdownText(c.label)).join(' | ')} |`, `|${table.columns.map((c) => (c.numeric ? '---:' : '---')).join('|')}|`);
      for (const row of table.rows) out.push(`| ${row.map((cell) => markdownText(cell.text)).join(' | ')} |`);
      out.push('');
    }
  }
  return out.join('\n');
}

/** A plain-text report for a terminal `width` characters wide: the header facts, the method, then each group's tables. */
export function resultsToText(results: ScoreResults, definitions: readonly Definition[], strings: ReportStrings, options: ReportOptions & { width?: number } = {}): string {
  const width = Math.max(40, options.width ?? 100);
  const out: string[] = [strings.title, ''];
  // Lines of prose are left whole (a terminal wraps them); only table cells are wrapped, to keep the columns.
  for (const [label, value] of headerFacts(results, undefined, definitions, strings, options)) out.push(terminalText(`${label}: ${value}`));
  out.push('', strings.header.method, strings.lowNLegend(results.minN), '');
  if (results.groups.length === 0) out.push(strings.noData, '');
  for (const block of reportBlocks(results, definitions, strings, options)) {
    out.push(terminalText(block.title), ...block.notes.map(terminalText));
    for (const table of block.tables) out.push('', ...textTableLines(table, width));
    out.push('');
  }
  return out.join('\n');
}
