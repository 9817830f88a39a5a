import { sendKeys } from '@web/test-runner-commands';
import type { SipasSurvey } from '../../src/components/sipas-survey.js';
import { waitForSubmit } from './harness.js';

/**
 * Completes a survey with the keyboard only, as a citizen without a mouse would: Tab to each question; on a
 * rating, ArrowLeft (from the first option it wraps to, and checks, the last: "5 Rất hài lòng"); on a choice,
 * Space (the first option); a required text is typed in; Enter on Next and on Submit. Optional questions are passed by. Starts from `start`,
 * a focusable element before the survey. Returns the key presses.
 */
export async function completeByKeyboard(el: SipasSurvey, start: HTMLElement): Promise<string[]> {
  const keys: string[] = [];
  const press = async (key: string) => {
    keys.push(key);
    await sendKeys({ press: key });
    await el.updateComplete;
  };
  start.focus();
  for (let i = 0; i < 500; i++) {
    await press('Tab');
    const active = el.shadowRoot!.activeElement as HTMLElement | null;
    if (!active) throw new Error(`focus left the survey after ${keys.length} keys, before reaching Submit`);
    if (active.matches('button[part=next]')) {
      await press('Enter');
      continue;
    }
    if (active.matches('button[part=submit]')) {
      await press('Enter');
      await waitForSubmit(el);
      const summary = el.shadowRoot!.querySelector('.error-summary');
      if (summary) throw new Error(`the submit was refused: ${summary.textContent!.replace(/\s+/g, ' ')}`);
      return keys;
    }
    if (active instanceof HTMLInputElement && active.type === 'radio' && active.required && !active.checked) {
      await press(active.closest('fieldset')!.classList.contains('rating') ? 'ArrowLeft' : 'Space');
    }
    // A required text (e.g. the reason dvc-online asks for after "not satisfied") is typed in.
    if ((active instanceof HTMLInputElement && active.type === 'text') || active instanceof HTMLTextAreaElement) {
      if (active.required && active.value === '') {
        keys.push('(text)');
        await sendKeys({ type: 'Chờ lâu' });
        await el.updateComplete;
      }
    }
  }
  throw new Error('the submit button was never reached');
}
