import { expect, html } from '@open-wc/testing';
import * as events from '../../src/events/index.js';
import { SipasSurvey } from '../../src/define.js';
import { answer, completeRequired, root, submit, surveyFixture } from '../support/harness.js';

interface Named {
  name: string;
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

const manifest: Manifest = await (await fetch('/dist/custom-elements.json')).json();
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName);
const survey = elements.find((d) => d.tagName === 'sipas-survey')!;
const names = (list: Named[] | undefined) => (list ?? []).map((entry) => entry.name);

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
