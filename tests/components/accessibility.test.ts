import '../../src/define.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { executeServerCommand, findAccessibilityNode, sendKeys } from '@web/test-runner-commands';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import type { SipasSubmitEvent } from '../../src/events/submit.js';
import { surveyStyles } from '../../src/components/sipas-survey.styles.js';
import { answer, clearLibraryStorage, completeRequired, root, settle, submit, surveyFixture } from '../support/harness.js';
import { completeByKeyboard } from '../support/keyboard.js';

/** A survey inside a container of a given width, so the container-driven layout can be checked. */
async function surveyIn(width: number, attributes = ''): Promise<SipasSurvey> {
  await clearLibraryStorage();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
  wrapper.innerHTML = `<sipas-survey ${attributes}></sipas-survey>`;
  const el = wrapper.querySelector('sipas-survey')!;
  await settle(el);
  await new Promise((resolve) => requestAnimationFrame(resolve));
  await el.updateComplete;
  return el;
}

describe('accessibility: axe in every state', () => {
  const states: [string, () => Promise<SipasSurvey>][] = [
    ['empty, Vietnamese', () => surveyFixture()],
    ['empty, English', () => surveyFixture(html`<sipas-survey lang="en"></sipas-survey>`)],
    ['partly answered', async () => {
      const el = await surveyFixture();
      await answer(el, 'c1.1', 4);
      await answer(el, 'expectations', ['shorten-time']);
      return el;
    }],
    ['feedback gate open', async () => {
      const el = await surveyFixture();
      await answer(el, 'feedback-given', 'yes');
      return el;
    }],
    ['feedback gate closed', async () => {
      const el = await surveyFixture();
      await answer(el, 'feedback-given', 'no');
      return el;
    }],
    ['errors shown', async () => {
      const el = await surveyFixture();
      await submit(el);
      return el;
    }],
    ['errors shown, English', async () => {
      const el = await surveyFixture(html`<sipas-survey lang="en"></sipas-survey>`);
      await answer(el, 'expectations', ['shorten-time', 'facilities', 'information', 'other']);
      await submit(el);
      return el;
    }],
    ['submitted', async () => {
      const el = await surveyFixture();
      await completeRequired(el);
      await submit(el);
      return el;
    }],
    ['paged, first step', () => surveyFixture(html`<sipas-survey layout="paged"></sipas-survey>`)],
    ['paged, step errors', async () => {
      const el = await surveyFixture(html`<sipas-survey layout="paged"></sipas-survey>`);
      root(el).querySelector<HTMLButtonElement>('button[part=next]')!.click();
      await el.updateComplete;
      return el;
    }],
    ['dark theme', () => surveyFixture(html`<sipas-survey theme="dark"></sipas-survey>`)],
  ];
  for (const [name, make] of states) {
    it(`${name}: no violation`, async () => {
      const el = await make();
      await expect(el).to.be.accessible();
    });
  }
});

describe('accessibility: the accessibility tree', () => {
  it('each criterion is a named group of radios named by code and label', async () => {
    const el = await surveyFixture();
    // A screen reader reads the page once it is rendered.
    for (let frame = 0; frame < 2; frame++) await new Promise(requestAnimationFrame);
    const snapshot = await executeServerCommand('accessibility-tree');
    const group = findAccessibilityNode<{ role: string; name: string; children?: { role: string; name: string }[] }>(
      snapshot as never,
      (node) => node.role === 'group' && node.name.includes('1.1. Nơi ngồi chờ có đủ chỗ ngồi'),
    );
    expect(group, 'criterion 1.1 as a named group').to.not.equal(null);
    expect(group!.name).to.contain('(bắt buộc)');
    const radios = (function collect(node: { role: string; name: string; children?: unknown[] }): { role: string; name: string }[] {
      const own = node.role === 'radio' ? [node] : [];
      return own.concat(((node.children ?? []) as typeof node[]).flatMap(collect));
    })(group!);
    expect(radios.map((r) => r.name)).to.deep.equal([
      '1 Rất không hài lòng',
      '2 Không hài lòng',
      '3 Bình thường',
      '4 Hài lòng',
      '5 Rất hài lòng',
    ]);
    // Far below the screen, a question is a named group all the same (content-visibility: auto would drop it from
    // the tree until scrolled near, which is why the sections do not use it).
    const offScreen = findAccessibilityNode<{ role: string; name: string }>(
      snapshot as never,
      (node) => node.role === 'group' && node.name.includes('Nhìn chung, Ông/Bà hài lòng như thế nào về sự phục vụ của cơ quan'),
    );
    expect(offScreen, 'the overall satisfaction question as a named group').to.not.equal(null);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(innerHeight, 'the survey is taller than the window');
  });
});

describe('accessibility: keyboard only', function () {
  // A whole questionnaire is about a hundred real key presses.
  this.timeout(60_000);
  beforeEach(clearLibraryStorage);
  it('a citizen completes and submits the whole questionnaire with Tab, Space, arrows and Enter', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button><sipas-survey layout="single" no-draft></sipas-survey></div>`);
    const el = wrapper.querySelector('sipas-survey')!;
    await settle(el);
    const submitted = oneEvent(el, 'sipas-submit') as Promise<SipasSubmitEvent>;
    await completeByKeyboard(el, wrapper.querySelector('button')!);
    const { detail } = await submitted;
    expect(detail.answers['c1.1']).to.equal(5);
    expect(detail.answers['feedback-given']).to.equal('yes', 'Space chose "Có", which opened the gated items');
    expect(detail.answers['c5.4']).to.equal(5);
    expect(detail.answers['sat-overall']).to.equal(5);
  });

  it('in the paged layout too, with Enter on Next and focus on each step heading', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button><sipas-survey layout="paged" no-draft></sipas-survey></div>`);
    const el = wrapper.querySelector('sipas-survey')!;
    await settle(el);
    const submitted = oneEvent(el, 'sipas-submit') as Promise<SipasSubmitEvent>;
    const keys = await completeByKeyboard(el, wrapper.querySelector('button')!);
    const { detail } = await submitted;
    expect(detail.answers['c4.3']).to.equal(5);
    expect(keys.filter((k) => k === 'Enter').length).to.equal(8, 'seven Next and one Submit');
  });

  it('has no keyboard trap: Shift+Tab from the first question leaves the survey', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button><sipas-survey></sipas-survey></div>`);
    const el = wrapper.querySelector('sipas-survey')!;
    await settle(el);
    root(el).querySelector<HTMLInputElement>('input')!.focus();
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(document.activeElement).to.equal(wrapper.querySelector('button'));
  });

  it('shows a visible focus indicator on the focused option', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><button>before</button><sipas-survey></sipas-survey></div>`);
    const el = wrapper.querySelector('sipas-survey')!;
    await settle(el);
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const label = root(el).activeElement!.closest('label')!;
    const style = getComputedStyle(label);
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });
});

describe('layout: paged steps', () => {
  it('shows one section per step with "Phần 1/8", validates the step, and moves focus to the next heading', async () => {
    const el = await surveyFixture(html`<sipas-survey layout="paged"></sipas-survey>`);
    expect(root(el).querySelector('.progress')!.textContent).to.contain('Phần 1/8');
    expect(root(el).querySelectorAll('section')).to.have.length(1);
    root(el).querySelector<HTMLButtonElement>('button[part=next]')!.click();
    await el.updateComplete;
    expect(root(el).activeElement).to.equal(root(el).querySelector('.error-summary'));
    expect([...root(el).querySelectorAll('.error-summary li')].map((li) => li.textContent!.trim())).to.deep.equal([
      'Tiếp cận dịch vụ hành chính công của cơ quan hành chính nhà nước: 4 câu chưa trả lời',
    ]);
    for (const id of ['c1.1', 'c1.2', 'c1.3', 'c1.4']) await answer(el, id, 5);
    expect(root(el).querySelector('.error-summary')).to.equal(null);
    root(el).querySelector<HTMLButtonElement>('button[part=next]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector('.progress')!.textContent).to.contain('Phần 2/8');
    expect(root(el).activeElement!.textContent).to.equal('Thủ tục hành chính');
    root(el).querySelector<HTMLButtonElement>('button[part=back]')!.click();
    await el.updateComplete;
    expect(root(el).querySelector<HTMLInputElement>('#q-c1\\.1 input[value="5"]')!.checked).to.equal(true, 'answers survive steps');
  });

  it('picks paged in a narrow container and single in a wide one (container width, not window width)', async () => {
    const narrow = await surveyIn(400);
    expect(root(narrow).querySelector('.progress')).to.not.equal(null);
    const wide = await surveyIn(900);
    expect(root(wide).querySelector('.progress')).to.equal(null);
    const forced = await surveyIn(400, 'layout="single"');
    expect(root(forced).querySelector('.progress')).to.equal(null);
  });
});

describe('layout: phones, zoom and targets', () => {
  for (const width of [320, 768]) {
    it(`at ${width} px wide nothing scrolls sideways`, async () => {
      const el = await surveyIn(width, 'layout="single"');
      await answer(el, 'feedback-given', 'yes');
      await submit(el);
      const base = root(el).querySelector<HTMLElement>('[part=base]')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      expect(el.getBoundingClientRect().width).to.be.at.most(width);
    });
  }

  it('every option, field and button is at least 44 × 44 CSS px', async () => {
    const el = await surveyIn(320, 'layout="single"');
    const targets = [...root(el).querySelectorAll<HTMLElement>('label.option, button, input[type=text], textarea')];
    expect(targets.length).to.be.greaterThan(100);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      expect(box.height, target.textContent!).to.be.at.least(44);
      expect(box.width, target.textContent!).to.be.at.least(44);
    }
  });
});

/** WCAG relative luminance contrast of two computed CSS colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('look and feel: themes', () => {
  for (const theme of ['light', 'dark']) {
    it(`${theme}: text ≥ 4.5:1 and control borders ≥ 3:1`, async () => {
      const el = await surveyFixture(html`<sipas-survey theme=${theme}></sipas-survey>`);
      await submit(el);
      const style = (selector: string) => getComputedStyle(root(el).querySelector(selector)!);
      const base = style('[part=base]');
      const background = getComputedStyle(el).backgroundColor;
      const question = style('.question');
      expect(contrast(base.color, background)).to.be.at.least(4.5);
      expect(contrast(style('.note').color, background)).to.be.at.least(4.5);
      expect(contrast(style('.error').color, question.backgroundColor)).to.be.at.least(4.5);
      expect(contrast(style('button[type=submit]').color, style('button[type=submit]').backgroundColor)).to.be.at.least(4.5);
      expect(contrast(style('label.option').borderTopColor, style('label.option').backgroundColor)).to.be.at.least(3);
      expect(contrast(style('label.option').borderTopColor, question.backgroundColor)).to.be.at.least(3);
    });
  }

  it('a host colour overrides the palette', async () => {
    const el = await surveyFixture(html`<sipas-survey style="--sipas-color-accent: rgb(0, 100, 0)"></sipas-survey>`);
    expect(getComputedStyle(root(el).querySelector('button[type=submit]')!).backgroundColor).to.equal('rgb(0, 100, 0)');
  });
});

describe('look and feel: custom states', () => {
  it('exposes :state(offline) while the browser is offline', async () => {
    const el = await surveyFixture();
    expect(el.matches(':state(offline)')).to.equal(false);
    // The browser's own signal, as a phone losing its network gives it (taking the test page offline would cut the
    // test runner's connection too).
    const onLine = Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')!;
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      window.dispatchEvent(new Event('offline'));
      await el.updateComplete;
      expect(el.matches(':state(offline)')).to.equal(true);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'onLine')).to.deep.equal(onLine);
    }
    window.dispatchEvent(new Event('online'));
    await el.updateComplete;
    expect(el.matches(':state(offline)')).to.equal(false);
  });

  it('exposes :state(invalid) while errors show and :state(submitted) after submitting', async () => {
    const el = await surveyFixture();
    await submit(el);
    expect(el.matches(':state(invalid)')).to.equal(true);
    await completeRequired(el);
    await submit(el);
    expect(el.matches(':state(submitted)')).to.equal(true);
    expect(el.matches(':state(invalid)')).to.equal(false);
  });
});

describe('look and feel: custom properties', () => {
  const cssText = surveyStyles.map((sheet) => sheet.cssText).join('\n');
  const used = (prefix: string) => new Set([...cssText.matchAll(new RegExp(`var\\((${prefix}[\\w-]+)`, 'g'))].map((m) => m[1]!));
  const defined = new Set([...cssText.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]!));

  it('every private property used is defined, and every one defined is used', () => {
    expect([...used('--_')].filter((name) => !defined.has(name)), 'used, never defined').to.deep.equal([]);
    expect([...defined].filter((name) => !used('--_').has(name)), 'defined, never used').to.deep.equal([]);
  });

  it('every public --sipas-* property is documented with @cssprop, and every documented one is used', async () => {
    const source = await (await fetch('/__source/src/components/sipas-survey.ts')).text();
    const documented = new Set([...source.matchAll(/@cssprop (--sipas-[\w-]+)/g)].map((m) => m[1]!));
    const publicUsed = used('--sipas-');
    expect([...publicUsed].filter((name) => !documented.has(name)), 'used, not documented').to.deep.equal([]);
    expect([...documented].filter((name) => !publicUsed.has(name)), 'documented, not used').to.deep.equal([]);
  });
});
