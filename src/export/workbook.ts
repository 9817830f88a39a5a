import type { Worksheet } from 'exceljs';
import type { ReportStrings } from '../i18n/report-strings.js';
import type { Definition } from '../schema/definition.js';
import { headerFacts, reportBlocks, sectionSheets, type ReportCell, type ReportOptions } from '../scoring/format.js';
import type { ScoreResults } from '../scoring/results.js';

/*
 * The report as an Excel workbook (.xlsx), written by ExcelJS: a first sheet with the report's facts and method,
 * then one sheet per table, each with the facts again on top so that a sheet printed or mailed alone says what it is.
 * Loaded only when asked for (a dynamic import: a chunk of its own in the browser, a module of its own for the
 * command line), so neither the report's entry nor the survey's grows with ExcelJS.
 */

export interface WorkbookTable {
  /** What the table is about, e.g. the group and period; a row above the table. */
  title: string;
  columns: string[];
  rows: ReportCell[][];
}

export interface WorkbookSheet {
  /** The sheet's tab name (cut to Excel's 31 characters, made unique). */
  name: string;
  tables: WorkbookTable[];
}

export interface WorkbookInput {
  title: string;
  /** The header facts, label and value: agency, period, responses counted and excluded, questionnaire, date. */
  facts: [string, string][];
  /** Sentences under the facts: the method, what "not reliable" means, where the wording comes from. */
  notes: string[];
  /** The name of the first sheet, holding the facts and notes. */
  factsSheet: string;
  sheets: WorkbookSheet[];
}

/** Characters Excel refuses in a sheet name. */
const NOT_IN_SHEET_NAME = /[\\/?*[\]:]/g;

function sheetName(name: string, taken: Set<string>): string {
  const base = name.replace(NOT_IN_SHEET_NAME, ' ').slice(0, 31);
  let unique = base;
  for (let i = 2; taken.has(unique.toLowerCase()); i++) unique = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  taken.add(unique.toLowerCase());
  return unique;
}

/** Writes the facts at the top of a sheet; answers the next free row. */
function writeFacts(sheet: Worksheet, input: WorkbookInput): number {
  sheet.addRow([input.title]).font = { bold: true, size: 14 };
  for (const [label, value] of input.facts) {
    const row = sheet.addRow([label, value]);
    row.getCell(1).font = { bold: true };
  }
  return sheet.rowCount + 1;
}

/**
 * Text cells are written as strings (never formulas: ExcelJS writes a string as an inline string, so a value such
 * as "=HYPERLINK(…)" stays text), figures as numbers with their display format.
 */
function writeTable(sheet: Worksheet, table: WorkbookTable): void {
  sheet.addRow([]);
  sheet.addRow([table.title]).font = { bold: true };
  const header = sheet.addRow(table.columns);
  header.font = { bold: true };
  for (const cells of table.rows) {
    const row = sheet.addRow(cells.map((cell) => (typeof cell.value === 'number' ? cell.value : cell.text)));
    cells.forEach((cell, i) => {
      if (typeof cell.value === 'number') row.getCell(i + 1).numFmt = cell.digits ? `0.${'0'.repeat(cell.digits)}` : '#,##0';
    });
  }
}

/** The workbook's bytes. */
export async function writeWorkbook(input: WorkbookInput): Promise<Uint8Array> {
  const loaded: { default?: typeof import('exceljs') } = await import('exceljs');
  // Node loads ExcelJS as a CommonJS module (its default export); a browser bundle loads its UMD build, which sets a global.
  const ExcelJS = loaded.default ?? (globalThis as unknown as { ExcelJS: typeof import('exceljs') }).ExcelJS;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'sipas-survey';
  const taken = new Set<string>();
  const facts = workbook.addWorksheet(sheetName(input.factsSheet, taken));
  writeFacts(facts, input);
  facts.addRow([]);
  for (const note of input.notes) facts.addRow([note]);
  facts.getColumn(1).width = 28;
  facts.getColumn(2).width = 90;
  for (const sheet of input.sheets) {
    const worksheet = workbook.addWorksheet(sheetName(sheet.name, taken));
    writeFacts(worksheet, input);
    for (const table of sheet.tables) writeTable(worksheet, table);
    worksheet.getColumn(1).width = 60;
    for (let i = 2; i <= Math.max(...sheet.tables.map((t) => t.columns.length), 1); i++) worksheet.getColumn(i).width = 16;
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** The command line's workbook: the facts of all the results, then one sheet per section with every group's table. */
export function resultsToWorkbook(results: ScoreResults, definitions: readonly Definition[], strings: ReportStrings, options: ReportOptions = {}): Promise<Uint8Array> {
  return writeWorkbook({
    title: strings.title,
    facts: headerFacts(results, undefined, definitions, strings, options),
    notes: [strings.header.method, strings.lowNLegend(results.minN)],
    factsSheet: strings.header.about,
    sheets: sectionSheets(reportBlocks(results, definitions, strings, options), strings),
  });
}
