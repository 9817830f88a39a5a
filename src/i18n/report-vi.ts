import type { ReportStrings } from './report-strings.js';

export const reportVi: ReportStrings = {
  locale: 'vi',
  decimalSeparator: ',',
  title: 'Chỉ số hài lòng về sự phục vụ hành chính',
  sections: { summary: 'Tổng hợp', elements: 'Các yếu tố', criteria: 'Các tiêu chí, từ thấp đến cao', expectations: 'Mong đợi của người dân, xếp hạng' },
  columns: { indicator: 'Chỉ số', value: 'Giá trị (%)', n: 'n', note: 'Ghi chú' },
  sipas: 'SIPAS: trung bình chỉ số hài lòng các yếu tố',
  overall: 'Tỷ lệ hài lòng chung (câu hỏi tổng thể)',
  evaluation: 'Trung bình chỉ số đánh giá các yếu tố',
  elementSatisfaction: (element) => `${element}: chỉ số hài lòng`,
  elementEvaluation: (element) => `${element}: chỉ số đánh giá`,
  lowN: (minN) => `n < ${minN}, chưa đủ tin cậy`,
  lowNLegend: (minN) => `Chỉ số có n < ${minN} câu trả lời hợp lệ được đánh dấu là chưa đủ tin cậy.`,
  responses: (count) => `${count.toLocaleString('vi-VN')} phiếu`,
  noData: 'Chưa có phiếu khảo sát nào để tính chỉ số.',
  rejected: (count) => `${count.toLocaleString('vi-VN')} phiếu không hợp lệ, không được tính`,
  rejectReasons: {
    'line-too-long': 'dòng quá dài',
    'not-json': 'không phải JSON',
    'invalid-response': 'sai cấu trúc phiếu',
    'unknown-questionnaire': 'mẫu phiếu không xác định',
    'answers-mismatch': 'câu trả lời không khớp mẫu phiếu',
  },
  period: 'Kỳ',
  allQuestionnaires: 'Mẫu phiếu',
  group: 'Nhóm',
  chartLabel: (title) => `Biểu đồ cột: chỉ số hài lòng của từng yếu tố, ${title}. Số liệu có trong bảng bên dưới.`,
  chartTitle: 'Chỉ số hài lòng theo yếu tố (%)',
  exportCsv: 'Tải bảng (CSV)',
  exportSvg: 'Tải biểu đồ (SVG)',
  exportPng: 'Tải biểu đồ (PNG)',
  pngUnavailable: 'Không tạo được ảnh PNG trên trang này (chính sách bảo mật của trang chặn ảnh data:). Hãy tải biểu đồ dạng SVG.',
  missingValue: '—',
  wording: (level, source) =>
    `Câu chữ của mẫu phiếu: ${
      {
        verified: 'theo văn bản chính thức',
        transcribed: 'chép lại từ bản chép công khai của mẫu phiếu quốc gia',
        reconstructed: 'biên soạn lại theo cấu trúc chính thức, có thể khác mẫu phiếu gốc',
        ours: 'do cơ quan tự xây dựng',
      }[level]
    }. Nguồn: ${source}.`,
};
