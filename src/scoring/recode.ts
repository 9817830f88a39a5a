import { idRecord } from '../model/id-record.js';
import { groupKey, mergeGroups, type GroupCounts, type ScoreCounts } from './counts.js';
import { planKey } from './plan.js';

/*
 * Merged units. Since 1 July 2025 communes were merged: a new commune's code replaces those of the communes it
 * absorbed. To compare it with last year, the former communes' counts are recoded to the new code and added up;
 * the indices are then recomputed from the summed counts (never averaged, which would weigh a small commune like
 * a large one).
 */

/** One line of a crosswalk: an old agency code, the code that replaced it, and the new unit's name. */
export interface CrosswalkEntry {
  from: string;
  to: string;
  name?: string;
}

export type Crosswalk = readonly CrosswalkEntry[];

/** A crosswalk that cannot be used, with the line and what is wrong. */
export class CrosswalkError extends Error {}

/** The fields of CSV text (RFC 4180: quotes, doubled quotes; a comma or semicolon between fields), line by line. */
function csvRecords(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  const separator = /^[^\n"]*;/.test(text) && !/^[^\n"]*,/.test(text) ? ';' : ',';
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.some((f) => f.trim() !== '')) records.push({ line: start, fields: fields.map((f) => f.trim()) });
    fields = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (char === '"') quoted = false;
      else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"') quoted = true;
    else if (char === separator) (fields.push(field), (field = ''));
    else if (char === '\n') (endRecord(), (start = ++line));
    else if (char !== '\r') field += char;
  }
  if (quoted) throw new CrosswalkError(`line ${start}: a quote is never closed`);
  endRecord();
  return records;
}

/**
 * Reads a crosswalk from CSV text: old code, new code and (optionally) the new unit's name, one line each; a first
 * line naming the columns (not a code) is skipped, as is a byte-order mark. Throws a CrosswalkError naming the line
 * of a missing code or of an old code mapped to two new ones.
 */
export function parseCrosswalk(text: string): CrosswalkEntry[] {
  const records = csvRecords(text.replace(/^\uFEFF/, ''));
  const header = records[0] && /^(old|from|mã cũ|ma cu|old[ _-]?code)/i.test(records[0].fields[0]!) ? 1 : 0;
  const entries: CrosswalkEntry[] = [];
  const seen = new Map<string, string>();
  for (const { line, fields } of records.slice(header)) {
    const [from = '', to = '', name = ''] = fields;
    if (!from || !to) throw new CrosswalkError(`line ${line}: give the old code and the new code (old code, new code, new name)`);
    const earlier = seen.get(from);
    if (earlier !== undefined && earlier !== to) throw new CrosswalkError(`line ${line}: ${from} is already recoded to ${earlier}, not also to ${to}`);
    seen.set(from, to);
    entries.push(name ? { from, to, name } : { from, to });
  }
  if (entries.length === 0) throw new CrosswalkError('it has no lines of old code, new code and new name');
  return entries;
}

/** The new units' names by their code, to show beside the codes. */
export function crosswalkNames(crosswalk: Crosswalk): Map<string, string> {
  return new Map(crosswalk.filter((entry) => entry.name).map((entry) => [entry.to, entry.name!]));
}

/** A function giving a cut with its old agency code replaced by the new one, and the agency name (when cut by it) by the new unit's. */
export function cutRecoder(crosswalk: Crosswalk): (cut: GroupCounts['cut']) => GroupCounts['cut'] {
  const recode = new Map(crosswalk.map((entry) => [entry.from, entry.to]));
  const names = crosswalkNames(crosswalk);
  return (original) => {
    if (original.agencyCode == null) return original;
    const cut = { ...original, agencyCode: recode.get(original.agencyCode) ?? original.agencyCode };
    // One name per new unit, also for its own responses, so that they fall in the same group as the old units'.
    if ('agencyName' in cut && names.has(cut.agencyCode)) cut.agencyName = names.get(cut.agencyCode)!;
    return cut;
  };
}

/**
 * The counts with each old agency code replaced by its new one (and the agency name, when cut by it, by the
 * crosswalk's name of the new unit), groups that now share every cut added together. Counts are integers, so the recoded counts are exactly
 * those of responses written with the new code. Never mutates its input.
 */
export function recodeCounts(counts: ScoreCounts, crosswalk: Crosswalk): ScoreCounts {
  const recode = cutRecoder(crosswalk);
  const groups: ScoreCounts['groups'] = idRecord();
  for (const group of Object.values(counts.groups)) {
    const recoded = { ...group, cut: recode(group.cut) };
    const key = groupKey(planKey(group.questionnaire.id, group.questionnaire.version), recoded.cut);
    groups[key] = groups[key] ? mergeGroups(groups[key]!, recoded) : structuredClone(recoded);
  }
  return { ...counts, groups };
}
