import { tableFor } from './language.js';

/** Kiosk mode's own words: loaded with its controller, so pages without kiosk mode never download them. */
export interface KioskStrings {
  /** The button on the thank-you note, and the countdown to the next person's empty form. */
  newForm: string;
  resetIn: (seconds: number) => string;
  /** After inactivity: the dialog's title, what happens when no one answers, and its button. */
  idleTitle: string;
  idleDiscardIn: (seconds: number) => string;
  idleSubmitIn: (seconds: number) => string;
  idleContinue: string;
}

export const kioskVi: KioskStrings = {
  newForm: 'Bắt đầu phiếu mới',
  resetIn: (seconds) => `Phiếu mới sẽ tự bắt đầu sau ${seconds} giây.`,
  idleTitle: 'Ông/Bà có cần thêm thời gian không?',
  idleDiscardIn: (seconds) => `Nếu không, các câu trả lời sẽ được xóa sau ${seconds} giây để người tiếp theo đánh giá.`,
  idleSubmitIn: (seconds) => `Nếu không, các câu đã trả lời sẽ được gửi sau ${seconds} giây và phiếu được làm mới cho người tiếp theo.`,
  idleContinue: 'Tiếp tục',
};

export const kioskEn: KioskStrings = {
  newForm: 'Start a new form',
  resetIn: (seconds) => `A new form starts by itself in ${seconds} s.`,
  idleTitle: 'Do you need more time?',
  idleDiscardIn: (seconds) => `If not, the answers will be cleared in ${seconds} s for the next person.`,
  idleSubmitIn: (seconds) => `If not, the questions answered will be sent in ${seconds} s and the form cleared for the next person.`,
  idleContinue: 'Continue',
};

/** Kiosk mode's strings for a language tag, falling back to Vietnamese. */
export function kioskStringsFor(tag: string): KioskStrings {
  return tableFor({ vi: kioskVi, en: kioskEn }, tag, kioskVi);
}
