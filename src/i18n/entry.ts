import { tableFor } from './language.js';

/** The words of <sipas-entry>, the staff's keying screen; kept apart from the citizen's strings and bundle. */
export interface EntryStrings {
  locale: string;
  title: (questionnaire: string) => string;
  modes: Record<'paper' | 'interview', string>;
  batch: string;
  enumerator: string;
  pass: string;
  passes: Record<'first' | 'verify', string>;
  fieldDate: string;
  formNumber: string;
  keysHelp: string;
  codesHint: (codes: number[], max?: number) => string;
  save: string;
  loading: string;
  /** Refusals, said the moment a key is refused. */
  notACode: (typed: string, codes: number[]) => string;
  tooMany: (max: number) => string;
  required: string;
  notADigit: (key: string) => string;
  formNumberMissing: string;
  formNumberTaken: (formNumber: string) => string;
  formNumberUnknown: (formNumber: string) => string;
  formNumberVerified: (formNumber: string) => string;
  missingAnswers: (count: number) => string;
  missing: string;
  saved: (formNumber: string, count: number) => string;
  verifiedAgreed: (formNumber: string) => string;
  verifiedDiffers: (formNumber: string, count: number) => string;
  correcting: (formNumber: string) => string;
  /** The batch panel. */
  batchTitle: string;
  batchCount: (keyed: number, ready: number, sent: number) => string;
  status: Record<'keyed' | 'differs' | 'agreed' | 'sent', string>;
  open: (formNumber: string) => string;
  release: (count: number) => string;
  released: (count: number) => string;
  differencesTitle: (formNumber: string) => string;
  firstPass: string;
  secondPass: string;
  unanswered: string;
  decide: string;
  decideAll: string;
}

const list = (codes: number[]) => (codes.length > 2 && codes.every((c, i) => i === 0 || Math.abs(c - codes[i - 1]!) === 1) ? `${codes[0]}–${codes.at(-1)}` : codes.join(', '));

export const entryVi: EntryStrings = {
  locale: 'vi',
  title: (questionnaire) => `Nhập phiếu: ${questionnaire}`,
  modes: { paper: 'Phiếu giấy', interview: 'Phỏng vấn trực tiếp hoặc qua điện thoại' },
  batch: 'Lô',
  enumerator: 'Điều tra viên',
  pass: 'Lượt nhập',
  passes: { first: 'Nhập lần 1', verify: 'Nhập lần 2 (kiểm tra)' },
  fieldDate: 'Ngày điền phiếu (không bắt buộc)',
  formNumber: 'Số phiếu',
  keysHelp: 'Gõ mã in cạnh ô đã đánh dấu; 0 hoặc Enter: bỏ trống câu không bắt buộc; câu chọn nhiều: gõ các mã rồi Enter; Shift+Tab: quay lại; Ctrl+Enter: lưu phiếu.',
  codesHint: (codes, max) => `Mã ${list(codes)}${max !== undefined ? `, tối đa ${max}` : ''}`,
  save: 'Lưu phiếu (Ctrl+Enter)',
  loading: 'Đang tải mẫu phiếu…',
  notACode: (typed, codes) => `Không có mã ${typed}: chỉ nhận ${list(codes)}.`,
  tooMany: (max) => `Đã đủ ${max} lựa chọn: câu này chọn tối đa ${max}.`,
  required: 'Câu bắt buộc: gõ mã của ô đã đánh dấu.',
  notADigit: (key) => `Phím “${key}” không phải mã: chỉ gõ chữ số.`,
  formNumberMissing: 'Chưa nhập số phiếu.',
  formNumberTaken: (n) => `Phiếu số ${n} đã nhập trong lô này. Mở phiếu trong danh sách để sửa.`,
  formNumberUnknown: (n) => `Phiếu số ${n} chưa được nhập lần 1 trong lô này.`,
  formNumberVerified: (n) => `Phiếu số ${n} đã được nhập lần 2.`,
  missingAnswers: (count) => `Chưa lưu: còn ${count} câu chưa trả lời hoặc chưa đúng.`,
  missing: 'chưa trả lời',
  saved: (n, count) => `Đã lưu phiếu số ${n}. Lô có ${count} phiếu.`,
  verifiedAgreed: (n) => `Phiếu số ${n}: hai lần nhập khớp nhau.`,
  verifiedDiffers: (n, count) => `Phiếu số ${n}: ${count} câu khác lần 1, cần quyết định.`,
  correcting: (n) => `Đang sửa phiếu số ${n}.`,
  batchTitle: 'Phiếu trong lô',
  batchCount: (keyed, ready, sent) => `Đã nhập ${keyed} phiếu · sẵn sàng gửi ${ready} · đã gửi ${sent}`,
  status: { keyed: 'đã nhập', differs: 'lệch, cần quyết định', agreed: 'đã đối chiếu', sent: 'đã gửi' },
  open: (n) => `Mở phiếu ${n}`,
  release: (count) => `Gửi ${count} phiếu sẵn sàng`,
  released: (count) => `Đã chuyển ${count} phiếu đi gửi.`,
  differencesTitle: (n) => `Phiếu số ${n}: chọn câu trả lời đúng theo phiếu giấy`,
  firstPass: 'Lần 1',
  secondPass: 'Lần 2',
  unanswered: '(bỏ trống)',
  decide: 'Chốt phiếu',
  decideAll: 'Cần chọn cho mọi câu lệch.',
};

export const entryEn: EntryStrings = {
  locale: 'en',
  title: (questionnaire) => `Keying forms: ${questionnaire}`,
  modes: { paper: 'Paper forms', interview: 'Face-to-face or phone interview' },
  batch: 'Batch',
  enumerator: 'Enumerator',
  pass: 'Pass',
  passes: { first: 'First keying', verify: 'Second keying (verification)' },
  fieldDate: 'Date the form was filled in (optional)',
  formNumber: 'Form number',
  keysHelp: 'Type the code printed beside the marked box; 0 or Enter leaves an optional question blank; several choices: type the codes, then Enter; Shift+Tab goes back; Ctrl+Enter saves.',
  codesHint: (codes, max) => `Codes ${list(codes)}${max !== undefined ? `, up to ${max}` : ''}`,
  save: 'Save form (Ctrl+Enter)',
  loading: 'Loading the questionnaire…',
  notACode: (typed, codes) => `There is no code ${typed}: only ${list(codes)}.`,
  tooMany: (max) => `Already ${max} choices: this question takes at most ${max}.`,
  required: 'Required question: type the code of the marked box.',
  notADigit: (key) => `“${key}” is not a code: type digits only.`,
  formNumberMissing: 'The form number is missing.',
  formNumberTaken: (n) => `Form ${n} is already keyed in this batch. Open it from the list to correct it.`,
  formNumberUnknown: (n) => `Form ${n} has not been keyed a first time in this batch.`,
  formNumberVerified: (n) => `Form ${n} has already been keyed a second time.`,
  missingAnswers: (count) => `Not saved: ${count} questions are unanswered or wrong.`,
  missing: 'unanswered',
  saved: (n, count) => `Form ${n} saved. The batch has ${count} forms.`,
  verifiedAgreed: (n) => `Form ${n}: both keyings agree.`,
  verifiedDiffers: (n, count) => `Form ${n}: ${count} answers differ from the first keying; decide which is right.`,
  correcting: (n) => `Correcting form ${n}.`,
  batchTitle: 'Forms in the batch',
  batchCount: (keyed, ready, sent) => `${keyed} keyed · ${ready} ready to send · ${sent} sent`,
  status: { keyed: 'keyed', differs: 'differs, decide', agreed: 'verified', sent: 'sent' },
  open: (n) => `Open form ${n}`,
  release: (count) => `Send ${count} ready forms`,
  released: (count) => `${count} forms handed over for sending.`,
  differencesTitle: (n) => `Form ${n}: choose the answer the paper form shows`,
  firstPass: 'First',
  secondPass: 'Second',
  unanswered: '(blank)',
  decide: 'Settle the form',
  decideAll: 'Choose for every difference.',
};

/** The keying screen's strings for a language tag, falling back to Vietnamese. */
export function entryStringsFor(tag: string): EntryStrings {
  return tableFor({ vi: entryVi, en: entryEn }, tag, entryVi);
}
