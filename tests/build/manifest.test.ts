import { expect, html } from '@open-wc/testing';
import * as events from '../../src/events/index.js';
import { SipasSurvey } from '../../src/define.js';
import { answer, completeRequired, root, submit, surveyFixture } from '../support/harness.js';
import { LAYOUTS, THEMES } from '../../src/components/survey-options.js';
import { builtInDefinitions, DEFAULT_QUESTIONNAIRE_ID } from '../../src/definitions/index.js';
import { DEFAULT_DRAFT_MAX_AGE_DAYS } from '../../src/persistence/draft-key.js';
import { CHANNELS } from '../../src/schema/constants.js';

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
  default?: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  members?: (Named & { kind: string; privacy?: string; static?: boolean })[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  cssStates?: Named[];
}
interface Manifest {
  modules: { path: string; declarations?: Declaration[] }[];
}
interface VsCodeData {
  tags: { name: string; description: { value: string }; attributes: (Named & { values?: Named[] })[] }[];
}
interface WebTypes {
  contributions: { html: { elements: (Named & { attributes: (Named & { values?: Named[] })[]; js: { events: Named[] } })[] } };
}

const manifest: Manifest = await (await fetch('/dist/custom-elements.json')).json();
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const survey = elements.find((d) => d.tagName === 'sipas-survey')!;
const names = (list: Named[] | undefined) => (list ?? []).map((entry) => entry.name);
const attribute = (name: string) => survey.attributes!.find((entry) => entry.name === name)!;
/** The string literals of a union type's text: "'a' | 'b' | null" gives a, b. */
const literals = (typeText = '') => [...typeText.matchAll(/'([^']*)'/g)].map((match) => match[1]);

/** Every `part` token and custom state the element uses while a citizen fails a submit, fixes it and submits. */
async function partsAndStatesInUse(): Promise<{ parts: Set<string>; states: Set<string> }> {
  const parts = new Set<string>();
  const states = new Set<string>();
  const collectParts = (el: SipasSurvey) => {
    for (const node of root(el).querySelectorAll('[part]')) for (const part of node.part) parts.add(part);
  };
  const add = CustomStateSet.prototype.add;
  CustomStateSet.prototype.add = function (state: string) {
    states.add(state);
    return add.call(this, state);
  };
  try {
    collectParts(await surveyFixture(html`<sipas-survey layout="paged"></sipas-survey>`));
    const el = await surveyFixture(html`<sipas-survey layout="single"></sipas-survey>`);
    collectParts(el);
    await submit(el);
    collectParts(el);
    await answer(el, 'expectations', ['other']);
    collectParts(el);
    await completeRequired(el);
    await answer(el, 'expectations-other', 'Bãi giữ xe');
    await submit(el);
    collectParts(el);
  } finally {
    CustomStateSet.prototype.add = add;
  }
  return { parts, states };
}

describe('dist/custom-elements.json (Custom Elements Manifest)', () => {
  it('declares <sipas-survey> with every observed attribute and every public reactive property, submit() and reset()', () => {
    expect(survey, 'sipas-survey in the manifest').to.exist;
    expect(names(survey.attributes)).to.include.members([...SipasSurvey.observedAttributes]);
    const reactive = [...SipasSurvey.elementProperties].filter(([, options]) => !options.state).map(([key]) => String(key));
    const publicMembers = (survey.members ?? []).filter((m) => m.privacy !== 'private' && m.privacy !== 'protected' && !m.static);
    expect(names(publicMembers)).to.include.members([...reactive, 'answers', 'submit', 'reset']);
  });

  it('lists every event class the package exports, under its event name, on the element that fires it', () => {
    const fired = elements.flatMap((element) => names(element.events));
    const exported = Object.values(events).map((eventClass) => (eventClass as unknown as { type: string }).type);
    expect(exported.length).to.be.greaterThan(2);
    expect(fired).to.include.members(exported);
    expect(fired.every((name) => /^sipas-[a-z-]+$/.test(name)), `event names: ${fired.join(', ')}`).to.equal(true);
  });

  it('lists every CSS custom property the styles read', () => {
    const cssText = SipasSurvey.elementStyles.map((style) => ('cssText' in style ? style.cssText : '')).join('\n');
    const used = new Set([...cssText.matchAll(/var\(\s*(--sipas-[\w-]+)/g)].map((match) => match[1]!));
    expect(used.size).to.be.greaterThan(5);
    expect(names(survey.cssProperties)).to.include.members([...used]);
  });

  it('lists every part and custom state the element uses', async () => {
    const { parts, states } = await partsAndStatesInUse();
    expect(parts).to.include('thanks');
    expect(states).to.include('submitted');
    expect(names(survey.cssParts)).to.include.members([...parts]);
    expect(names(survey.cssStates)).to.include.members([...states]);
  });
});

describe('the manifest describes the package as published', () => {
  it('names dist/ files only, each of them in the package: no source path, no CDN entry module', async function () {
    // About a hundred files, each served through the test server's module transform.
    this.timeout(60_000);
    const text = JSON.stringify(manifest);
    expect(text).not.to.match(/src\//);
    const paths = [...new Set([...manifest.modules.map((module) => module.path), ...[...text.matchAll(/"module":"([^"]+)"/g)].map((match) => match[1]!)])];
    expect(paths.every((path) => path.startsWith('dist/')), paths.join(', ')).to.equal(true);
    const statuses = await Promise.all(paths.map(async (path) => [path, (await fetch(`/${path}`, { method: 'HEAD' })).status] as const));
    expect(statuses.filter(([, status]) => status !== 200)).to.deep.equal([]);
  });

  it('gives every attribute a type and its default as a value, with the unions spelled out from the code', () => {
    for (const element of elements) {
      for (const entry of element.attributes ?? []) {
        expect(entry.type?.text, `${element.tagName} ${entry.name} has a type`).to.be.a('string');
        expect(entry.default ?? '', `${element.tagName} ${entry.name}'s default is a value`).not.to.match(/^[A-Z][A-Z0-9_]+$/);
      }
    }
    expect(attribute('questionnaire').default).to.equal(`'${DEFAULT_QUESTIONNAIRE_ID}'`);
    expect(literals(attribute('questionnaire').type!.text)).to.deep.equal(Object.keys(builtInDefinitions));
    expect(attribute('draft-max-age-days')).to.deep.include({ default: String(DEFAULT_DRAFT_MAX_AGE_DAYS), type: { text: 'number' } });
    expect(literals(attribute('channel').type!.text)).to.deep.equal([...CHANNELS]);
    expect(literals(attribute('layout').type!.text)).to.deep.equal([...LAYOUTS]);
    expect(literals(attribute('theme').type!.text)).to.deep.equal([...THEMES]);
  });

  it('says heading-level is 1–6 on both elements, as the code clamps it', () => {
    for (const element of elements) {
      const headingLevel = element.attributes!.find((entry) => entry.name === 'heading-level')!;
      expect(headingLevel.description, element.tagName).to.contain('1–6');
    }
  });
});

describe('the editor data generated from the manifest', () => {
  it('VS Code custom HTML data (dist/vscode.html-custom-data.json): every tag, attribute and enumerated value, and the events', async () => {
    const data: VsCodeData = await (await fetch('/dist/vscode.html-custom-data.json')).json();
    for (const element of elements) {
      const tag = data.tags.find((entry) => entry.name === element.tagName);
      expect(tag, element.tagName).to.exist;
      expect(names(tag!.attributes)).to.deep.equal(names(element.attributes));
      for (const event of names(element.events)) expect(tag!.description.value).to.contain(`\`${event}\``);
    }
    const channel = data.tags.find((entry) => entry.name === 'sipas-survey')!.attributes.find((entry) => entry.name === 'channel')!;
    expect(names(channel.values)).to.deep.equal([...CHANNELS]);
  });

  it('JetBrains web-types (dist/web-types.json, package.json "web-types"): every tag, attribute and event', async () => {
    const packageJson: { 'web-types': string } = await (await fetch('/package.json')).json();
    expect(packageJson['web-types']).to.equal('./dist/web-types.json');
    const data: WebTypes = await (await fetch('/dist/web-types.json')).json();
    for (const element of elements) {
      const tag = data.contributions.html.elements.find((entry) => entry.name === element.tagName);
      expect(tag, element.tagName).to.exist;
      expect(names(tag!.attributes)).to.deep.equal(names(element.attributes));
      expect(names(tag!.js.events)).to.deep.equal(names(element.events));
    }
    const layout = data.contributions.html.elements.find((entry) => entry.name === 'sipas-survey')!.attributes.find((entry) => entry.name === 'layout')!;
    expect(names(layout.values)).to.deep.equal([...LAYOUTS]);
  });
});
