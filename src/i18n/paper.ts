import { tableFor } from './language.js';

/** The paper form's own words (header boxes, instructions, rules in words); questionnaire text lives in the definitions. */
export interface PaperStrings {
  locale: string;
  formNumber: string;
  enumerator: string;
  fieldDate: string;
  version: (id: string, version: string) => string;
  instruction: string;
  textInstruction: string;
  /** A reference to another question: its printed number, else its label in quotes. */
  question: (number: string | undefined, label: string) => string;
  section: (title: string) => string;
  questionAbove: string;
  /** "Nếu trả lời 'Không', chuyển sang câu 6." */
  skipTo: (answers: string[], target: string) => string;
  skipToEnd: (answers: string[]) => string;
  /** "Chỉ trả lời nếu ở câu 5 chọn 'Có'." */
  onlyIf: (gate: string, answers: string[]) => string;
  chooseOne: string;
  chooseMany: (limits: { min?: number; max?: number }) => string;
  maxCharacters: (max: number) => string;
  /** The page's margin box: `counter(page)` and `counter(pages)` go between these strings. */
  pageOf: [before: string, between: string];
  wordingCode: (hash: string) => string;
}

const quoted = (answers: string[], or: string) => answers.map((a) => `‘${a}’`).join(` ${or} `);

export const paperVi: PaperStrings = {
  locale: 'vi',
  formNumber: 'Số phiếu',
  enumerator: 'Điều tra viên',
  fieldDate: 'Ngày khảo sát',
  version: (id, version) => `Mẫu phiếu ${id}, phiên bản ${version}`,
  instruction: 'Cách trả lời: đánh dấu ✗ vào ô □ bên cạnh phương án Ông/Bà chọn (mỗi câu chọn một ô, trừ câu ghi chọn nhiều); con số cạnh ô là mã của phương án.',
  textInstruction: 'Câu hỏi mở: xin viết rõ ràng lên các dòng kẻ.',
  question: (number, label) => (number ? `câu ${number}` : `câu “${label}”`),
  section: (title) => `phần “${title}”`,
  questionAbove: 'câu trên',
  skipTo: (answers, target) => `Nếu trả lời ${quoted(answers, 'hoặc')}, chuyển sang ${target}.`,
  skipToEnd: (answers) => `Nếu trả lời ${quoted(answers, 'hoặc')}, bỏ qua các câu còn lại.`,
  onlyIf: (gate, answers) => `Chỉ trả lời nếu ở ${gate} chọn ${quoted(answers, 'hoặc')}.`,
  chooseOne: 'Chọn một.',
  chooseMany: ({ min, max }) =>
    min !== undefined && max !== undefined
      ? `Chọn từ ${min} đến ${max}.`
      : max !== undefined
        ? `Chọn tối đa ${max}.`
        : min !== undefined
          ? `Chọn ít nhất ${min}.`
          : 'Có thể chọn nhiều.',
  maxCharacters: (max) => `Tối đa ${max} ký tự.`,
  pageOf: ['Trang ', '/'],
  wordingCode: (hash) => `Mã nội dung phiếu: ${hash}`,
};

export const paperEn: PaperStrings = {
  locale: 'en',
  formNumber: 'Form number',
  enumerator: 'Enumerator',
  fieldDate: 'Survey date',
  version: (id, version) => `Form ${id}, version ${version}`,
  instruction: 'How to answer: put ✗ in the box □ beside the answer you choose (one box per question, unless it says you may choose several); the number beside a box is the answer’s code.',
  textInstruction: 'Open questions: please write clearly on the lines.',
  question: (number, label) => (number ? `question ${number}` : `the question “${label}”`),
  section: (title) => `the part “${title}”`,
  questionAbove: 'the question above',
  skipTo: (answers, target) => `If you answer ${quoted(answers, 'or')}, go to ${target}.`,
  skipToEnd: (answers) => `If you answer ${quoted(answers, 'or')}, skip the remaining questions.`,
  onlyIf: (gate, answers) => `Answer only if you chose ${quoted(answers, 'or')} in ${gate}.`,
  chooseOne: 'Choose one.',
  chooseMany: ({ min, max }) =>
    min !== undefined && max !== undefined
      ? `Choose ${min} to ${max}.`
      : max !== undefined
        ? `Choose up to ${max}.`
        : min !== undefined
          ? `Choose at least ${min}.`
          : 'You may choose several.',
  maxCharacters: (max) => `At most ${max} characters.`,
  pageOf: ['Page ', '/'],
  wordingCode: (hash) => `Wording code: ${hash}`,
};

/** The paper form's strings for a language tag, falling back to Vietnamese. */
export function paperStringsFor(tag: string): PaperStrings {
  return tableFor({ vi: paperVi, en: paperEn }, tag, paperVi);
}
