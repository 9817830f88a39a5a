import { expect } from '@open-wc/testing';
import { sipas2022 } from '../../src/definitions/sipas-2022.js';
import { dvcOnline } from '../../src/definitions/dvc-online.js';
import type { ChoiceItem, Definition, Item } from '../../src/schema/definition.js';

/*
 * The transcribed and verified wording must be the reference file's, character for character. The file is
 * read as the test server serves it (../shared/reference/questionnaires.md under /__shared/) and parsed here.
 */

/** One "## Definition N" part of the reference, with wrapped lines joined: one line per bullet or paragraph. */
async function referencePart(heading: string): Promise<string> {
  const response = await fetch('/__shared/reference/questionnaires.md');
  expect(response.ok, 'the reference file is served under /__shared/').to.equal(true);
  const text = await response.text();
  const start = text.indexOf(`## ${heading}`);
  expect(start, `the reference has a "${heading}" part`).to.be.greaterThan(-1);
  const end = text.indexOf('\n## ', start + 1);
  return joinWrappedLines(text.slice(start, end === -1 ? undefined : end));
}

/** Bullets wrap with an indent, paragraphs flush left; a bullet, a heading or a blank line starts a new line. */
function joinWrappedLines(text: string): string {
  const lines: string[] = [];
  const startsLine = (line: string) => line === '' || line.startsWith('- ') || /^([IVX]+\.|#+) /.test(line);
  for (const line of text.split('\n')) {
    const previous = lines.at(-1);
    const continuesBullet = previous?.startsWith('- ') && /^ {2,}\S/.test(line);
    const continuesParagraph = previous !== undefined && !startsLine(previous) && !startsLine(line);
    if (continuesBullet || continuesParagraph) lines[lines.length - 1] = `${previous} ${line.trim()}`;
    else lines.push(line);
  }
  return lines.join('\n');
}

/** The text between `before` and the next `after`. */
function between(text: string, before: string, after: string): string {
  const start = text.indexOf(before);
  expect(start, `the reference contains ${JSON.stringify(before)}`).to.be.greaterThan(-1);
  const end = text.indexOf(after, start + before.length);
  return text.slice(start + before.length, end);
}

const items = (definition: Definition): Item[] => definition.sections.flatMap((s) => s.items);
const vi = (definition: Definition, id: string) => items(definition).find((i) => i.id === id)!;
const optionTexts = (item: Item) => (item as ChoiceItem).options.map((o) => o.label.vi);

describe('definitions: the wording matches ../shared/reference/questionnaires.md', () => {
  let part: string;
  before(async () => {
    part = await referencePart('Definition 2: `sipas-2022`');
  });

  it('sipas-2022: the five element titles I–V and statements 15–33, numbers and texts', () => {
    const titles = [...part.matchAll(/^(I|II|III|IV|V)\. (.+)$/gm)].map((m) => `${m[1]}. ${m[2]}`);
    expect(titles).to.have.length(5);
    const elementSections = sipas2022.sections.filter((s) => s.items.some((i) => i.scoring?.role === 'criterion'));
    expect(elementSections.map((s) => s.title.vi)).to.deep.equal(titles);
    const statements = [...part.matchAll(/^- (\d+) (.+)$/gm)].map((m) => [m[1], m[2]]);
    expect(statements.map(([n]) => Number(n))).to.deep.equal(Array.from({ length: 19 }, (_, i) => 15 + i));
    const criteria = elementSections.flatMap((s) => s.items).map((i) => [i.number, i.label.vi]);
    expect(criteria).to.deep.equal(statements);
  });

  it('sipas-2022: the Câu 9 stem introduces the statements, on the 1→5 scale as printed', () => {
    const stem = between(part, 'Question stem (Câu 9): "', '"');
    expect(sipas2022.sections.find((s) => s.id === 'access')!.description!.vi).to.equal(stem);
    const printed = between(part, 'Scale printed 1→5 ("', '")');
    const scale = sipas2022.scales.find((s) => s.id === 'satisfaction-5')!;
    expect(printed).to.equal(`${scale.options[0]!.label.vi} … ${scale.options[4]!.label.vi}`);
    expect(scale.options.map((o) => o.code)).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('sipas-2022: perception questions Câu 4–6 and their options', () => {
    const questions = [...part.matchAll(/^- Câu (\d) "(.+?)" — (.+)$/gm)];
    expect(questions.map((q) => q[1])).to.deep.equal(['4', '5', '6']);
    for (const [, number, stem, optionList] of questions) {
      const item = items(sipas2022).find((i) => i.number === number && i.type === 'choice')!;
      expect(item.label.vi, `Câu ${number}`).to.equal(stem);
      const reference = optionList!.replace(/(?<!\.)\.$/, '').split(' / ');
      const ours = optionTexts(item);
      expect(ours).to.have.length(reference.length);
      reference.forEach((text, index) => {
        if (!text.endsWith(' ...')) return expect(ours[index], `Câu ${number} option ${index + 1}`).to.equal(text);
        // Abbreviated in the transcription; completed with the first option's words after the same verb.
        const prefix = text.slice(0, -' ...'.length);
        const verb = prefix.split(' ').at(-1)!;
        const tail = reference[0]!.slice(reference[0]!.indexOf(` ${verb} `) + verb.length + 2);
        expect(ours[index], `Câu ${number} option ${index + 1}`).to.equal(`${prefix} ${tail}`);
      });
    }
  });

  it('sipas-2022: the rows of Câu 10 (no row 8), their stem, the 3-level scale and "Ý kiến khác"', () => {
    const stem = between(part, '"Rất nhiều / Nhiều / Ít": "', '"');
    const priorities = sipas2022.sections.find((s) => s.items.some((i) => i.scoring?.role === 'expectation'))!;
    expect(priorities.description!.vi).to.equal(stem);
    const rowsText = between(part, `${stem}"`, ' Then').replace(/\(item 8 is missing[^)]*\)/, '').trim();
    const rows = rowsText.split(/ (?=\d{1,2} \p{Lu})/u).map((row) => /^(\d+) (.+)$/.exec(row.trim())!.slice(1));
    expect(rows.map(([n]) => n)).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '9', '10']);
    const ours = priorities.items.filter((i) => i.scoring?.role === 'expectation').map((i) => [i.number, i.label.vi]);
    expect(ours).to.deep.equal(rows);
    const levels = between(part, '3 levels "', '"').split(' / ');
    const scale = sipas2022.scales.find((s) => s.id === 'priority-3')!;
    expect(scale.options.map((o) => o.label.vi)).to.deep.equal(levels);
    expect(vi(sipas2022, 'comment').label.vi).to.equal(between(part, 'Then "', '"'));
  });

  it('sipas-2022: the respondent part (Phần A), without name, e-mail or phone', () => {
    const list = between(part, 'optional in the widget: ', '. The form');
    const questions = list.split('; ').map((entry) => {
      const label = ['Giới tính', 'Độ tuổi', 'Dân tộc', 'Trình độ học vấn', 'Nghề nghiệp', 'Nơi sinh sống'].find((l) => entry.startsWith(`${l} `))!;
      expect(label, entry).to.be.a('string');
      return { label, groups: entry.slice(label.length + 1).split(' and ').map((g) => g.split(' / ')) };
    });
    const respondent = sipas2022.sections.find((s) => s.kind === 'respondent')!.items;
    const expected = questions.flatMap(({ label, groups }) => groups.map((options) => ({ label, options })));
    expect(respondent.map((item) => ({ label: item.label.vi.replace(/ \(.+\)$/, ''), options: optionTexts(item) }))).to.deep.equal(expected);
    const ids = items(sipas2022).map((i) => i.id).join(' ');
    expect(ids).to.not.match(/name|mail|phone/);
  });

  it('dvc-online: the four verified criteria and the 3-level scale', async () => {
    const dvc = await referencePart('Definition 3: `dvc-online`');
    const criteria = [...dvc.matchAll(/^- (.+)$/gm)].map((m) => m[1]);
    const ours = items(dvcOnline).filter((i) => i.type === 'rating').map((i) => i.label.vi);
    expect(ours).to.deep.equal(criteria);
    const levels = between(dvc, 'Scale: 3 levels ', '.').split(' / ');
    expect(dvcOnline.scales[0]!.options.map((o) => o.label.vi)).to.deep.equal(levels);
  });
});
