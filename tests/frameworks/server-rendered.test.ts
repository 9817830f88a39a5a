import { expect } from '@open-wc/testing';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import { settle } from '../support/harness.js';
import { waitFor } from './page-frame.js';

const BUNDLE = '<script type="module" src="/dist/sipas-survey.min.js"></script>';

/**
 * Opens /demo/server-rendered.html as the browser has it before the widget's script has run (the script tag held
 * back), then runs the script, recording the element's height along the way.
 */
async function openBeforeDefinition(): Promise<{ frame: HTMLIFrameElement; doc: Document; heights: number[]; define: () => Promise<SipasSurvey> }> {
  const source = await (await fetch('/demo/server-rendered.html')).text();
  expect(source).to.contain(BUNDLE);
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  // srcdoc has no URL of its own: the demo's relative links are made absolute.
  frame.srcdoc = source.replace(BUNDLE, '').replaceAll('href="./', 'href="/demo/');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const doc = frame.contentDocument!;
  const element = doc.querySelector('sipas-survey')!;
  const height = () => element.getBoundingClientRect().height;
  // The first and last heights are read directly; a ResizeObserver adds those in between when the page renders.
  const heights: number[] = [height()];
  const FrameResizeObserver = (frame.contentWindow as Window & typeof globalThis).ResizeObserver;
  new FrameResizeObserver(([entry]) => heights.push(entry!.borderBoxSize[0]!.blockSize)).observe(element);
  const define = async () => {
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/sipas-survey.min.js';
    doc.head.append(script);
    await frame.contentWindow!.customElements.whenDefined('sipas-survey');
    const survey = element as SipasSurvey;
    await settle(survey);
    await waitFor(() => survey.shadowRoot?.querySelector('form'), 'the questionnaire');
    heights.push(height());
    return survey;
  };
  return { frame, doc, heights, define };
}

describe('the server-rendered page (/demo/server-rendered.html)', () => {
  it('shows the fallback in a reserved box before the script runs, then the questionnaire, and never shrinks meanwhile', async () => {
    const { frame, doc, heights, define } = await openBeforeDefinition();
    try {
      const fallback = doc.querySelector<HTMLElement>('.sipas-fallback')!;
      const reserved = parseFloat(getComputedStyle(doc.documentElement).fontSize) * 40;
      expect(fallback.getClientRects().length, 'the fallback is laid out').to.be.greaterThan(0);
      expect(fallback.innerText).to.contain('Đang tải phiếu khảo sát');
      expect(heights[0]).to.be.at.least(reserved);
      const afterTop = doc.querySelector('.after-survey')!.getBoundingClientRect().top;

      const survey = await define();
      expect(survey.shadowRoot!.querySelectorAll('input[type=radio]').length).to.be.greaterThan(100);
      expect(fallback.getClientRects().length, 'the fallback is hidden once defined').to.equal(0);
      const shrinks = heights.filter((height, i) => i > 0 && height < heights[i - 1]!);
      expect(shrinks, `heights: ${heights.join(' → ')}`).to.deep.equal([]);
      expect(doc.querySelector('.after-survey')!.getBoundingClientRect().top).to.be.at.least(afterTop);
    } finally {
      frame.remove();
    }
  });
});
