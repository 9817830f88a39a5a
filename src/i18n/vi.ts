import type { UiStrings } from './strings.js';

export const vi: UiStrings = {
  locale: 'vi',
  requiredNote: 'Câu có dấu * là câu bắt buộc.',
  requiredMark: '(bắt buộc)',
  optionalMark: '(không bắt buộc)',
  submit: 'Gửi phiếu khảo sát',
  errorSummaryTitle: (count) => `Còn ${count} câu cần trả lời hoặc sửa lại`,
  errorSummarySection: (missing, invalid) =>
    [missing > 0 && `${missing} câu chưa trả lời`, invalid > 0 && `${invalid} câu cần sửa lại`].filter(Boolean).join(', '),
  validation: {
    required: () => 'Xin Ông/Bà trả lời câu này.',
    'invalid-value': () => 'Câu trả lời này không hợp lệ, xin chọn lại.',
    'too-few-choices': (limit) => `Xin chọn ít nhất ${limit} nội dung.`,
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
  provenanceSource: 'Nguồn:',
  loading: 'Đang tải phiếu khảo sát…',
  stepProgress: (step, total) => `Phần ${step}/${total}`,
  next: 'Tiếp tục',
  back: 'Quay lại',
  configurationErrorTitle: 'Không hiển thị được phiếu khảo sát',
  configurationErrorHelp: 'Xin Ông/Bà thử lại sau. Nếu vẫn không được, xin báo cho cơ quan hoặc quản trị cổng thông tin.',
  draftRestored: 'Các câu trả lời Ông/Bà nhập lần trước đã được khôi phục.',
  discardDraft: 'Xóa và làm lại từ đầu',
  storageVolatile: 'Trình duyệt không cho lưu tạm: nếu tải lại trang, các câu trả lời sẽ mất.',
  deliverySending: 'Đang gửi phiếu…',
  deliverySent: 'Phiếu đã được gửi tới cơ quan.',
  deliveryQueued:
    'Chưa gửi được phiếu; phiếu đã được lưu trên máy này. Phiếu sẽ được gửi khi có kết nối trong lúc trang này còn mở, hoặc vào lần tới trang này được mở trên máy này khi có kết nối.',
  deliveryQueuedInMemory: 'Chưa gửi được phiếu; trang sẽ tự gửi lại khi có kết nối. Xin đừng đóng trang cho đến khi thấy báo đã gửi.',
  deliveryFailed: 'Cơ quan chưa nhận được phiếu. Câu trả lời vẫn được giữ trên máy này; xin báo cho cán bộ của cơ quan hoặc quản trị cổng thông tin để gửi lại.',
};
