import type { UiStrings } from './strings.js';

export const vi: UiStrings = {
  locale: 'vi',
  requiredNote: 'Câu có dấu * là câu bắt buộc.',
  requiredMark: '(bắt buộc)',
  optionalMark: '(không bắt buộc)',
  submit: 'Gửi phiếu khảo sát',
  errorSummaryTitle: (count) => `Còn ${count} câu cần trả lời hoặc sửa lại`,
  validation: {
    required: () => 'Xin Ông/Bà trả lời câu này.',
    'invalid-value': () => 'Câu trả lời này không hợp lệ, xin chọn lại.',
    'too-many-choices': (limit) => `Xin chọn tối đa ${limit} nội dung.`,
    'too-long': (limit) => `Xin viết ngắn hơn: tối đa ${limit} ký tự.`,
  },
  choicesChosen: (chosen, max) => (max === undefined ? `Đã chọn ${chosen}` : `Đã chọn ${chosen}/${max}`),
  charactersLeft: (left) => (left >= 0 ? `Còn ${left} ký tự` : `Thừa ${-left} ký tự`),
  submitted: 'Cảm ơn Ông/Bà đã tham gia khảo sát.',
  submittedDetail: 'Ý kiến của Ông/Bà giúp cơ quan phục vụ người dân tốt hơn.',
  unofficialTranslation: 'Văn bản tiếng Việt này là bản dịch không chính thức.',
  wordingProvenance: (level) =>
    ({
      verified: 'Nội dung phiếu theo văn bản chính thức.',
      transcribed: 'Nội dung phiếu chép lại từ mẫu phiếu quốc gia.',
      reconstructed: 'Nội dung các tiêu chí được biên soạn lại theo cấu trúc chính thức; câu chữ có thể khác mẫu phiếu gốc.',
      ours: 'Phiếu khảo sát do cơ quan tự xây dựng.',
    })[level],
  loading: 'Đang tải phiếu khảo sát…',
  configurationErrorTitle: 'Không hiển thị được phiếu khảo sát',
  configurationErrorHelp: 'Trang này cấu hình phiếu khảo sát chưa đúng. Xin báo cho quản trị cổng thông tin:',
};
