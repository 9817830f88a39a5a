import type { Definition, Item, LocalizedText } from '../schema/definition.js';

/*
 * SIPAS 2017–2020 (QĐ 2640/QĐ-BNV): the one-stop-desk method retired since the household design of 2022, kept
 * as the element's default for compatibility (docs/questionnaires.md). Counts and topics of the 22 criteria are
 * verified; their exact wording is reconstructed. The gate, satisfaction, expectation and respondent blocks are
 * this project's design. English is our unofficial translation,
 * in sipas-2017-en.ts (a page loads it only when it shows the questionnaire in English).
 */

const criterion = (id: string, element: string, vi: string): Item => ({
  id: `c${id}`,
  number: id,
  type: 'rating',
  scale: 'satisfaction-5',
  required: true,
  label: { vi },
  scoring: { role: 'criterion', element },
});

const feedbackGiven = { item: 'feedback-given', anyOf: ['yes'] };

const satisfaction = (element: string, vi: string): Item => ({
  id: `sat-${element}`,
  type: 'rating',
  scale: 'satisfaction-5',
  required: true,
  label: { vi: `Nhìn chung, Ông/Bà hài lòng như thế nào về ${vi}?` },
  scoring: { role: 'element-satisfaction', element },
});

const options = (entries: [value: string, vi: string][]) => entries.map(([value, vi]) => ({ value, label: { vi } satisfies LocalizedText }));

/** The default questionnaire in Vietnamese only: what the CDN entry carries; `sipas2017` adds the English. */
export const sipas2017Vietnamese: Definition = {
  schemaVersion: 1,
  id: 'sipas-2017',
  // 2017.2: the satisfaction with the handling of feedback is asked only of those who gave feedback.
  version: '2017.2',
  defaultLocale: 'vi',
  title: {
    vi: 'Phiếu khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
  },
  shortTitle: { vi: 'Khảo sát sự hài lòng' },
  description: {
    vi: 'Phiếu khảo sát ẩn danh. Xin Ông/Bà cho biết mức độ hài lòng về thủ tục hành chính vừa giải quyết.',
  },
  provenance: {
    wording: 'reconstructed',
    source: 'Quyết định 2640/QĐ-BNV ngày 10/10/2017 (Đề án đo lường sự hài lòng 2017–2020, thay bằng khảo sát hộ gia đình từ 2022)',
    notes:
      'Retired 2017–2020 method, not the current national form; the default for compatibility. ' +
      'Five elements and 22 criteria: counts and topics verified, wording reconstructed from secondary sources. ' +
      'The feedback gate, the satisfaction, expectation and respondent blocks are the sipas-survey project’s design. ' +
      'English is an unofficial translation.',
    unofficialLocales: ['en'],
  },
  scales: [
    {
      id: 'satisfaction-5',
      satisfiedCodes: [4, 5],
      showCodes: true,
      options: [
        { code: 1, label: { vi: 'Rất không hài lòng' } },
        { code: 2, label: { vi: 'Không hài lòng' } },
        { code: 3, label: { vi: 'Bình thường' } },
        { code: 4, label: { vi: 'Hài lòng' } },
        { code: 5, label: { vi: 'Rất hài lòng' } },
      ],
    },
  ],
  sections: [
    {
      id: 'access',
      provenance: 'reconstructed',
      title: {
        vi: 'Tiếp cận dịch vụ hành chính công của cơ quan hành chính nhà nước',
      },
      items: [
        criterion('1.1', 'access', 'Nơi ngồi chờ có đủ chỗ ngồi'),
        criterion('1.2', 'access', 'Trang thiết bị phục vụ người dân, tổ chức đầy đủ'),
        criterion('1.3', 'access', 'Trang thiết bị phục vụ người dân, tổ chức hiện đại'),
        criterion('1.4', 'access', 'Trang thiết bị phục vụ người dân, tổ chức dễ sử dụng'),
      ],
    },
    {
      id: 'procedures',
      provenance: 'reconstructed',
      title: { vi: 'Thủ tục hành chính' },
      items: [
        criterion('2.1', 'procedures', 'Thủ tục hành chính được niêm yết công khai đầy đủ'),
        criterion('2.2', 'procedures', 'Thủ tục hành chính được niêm yết công khai chính xác'),
        criterion('2.3', 'procedures', 'Thành phần hồ sơ mà Ông/Bà phải nộp là đúng quy định'),
        criterion('2.4', 'procedures', 'Phí/lệ phí mà Ông/Bà phải nộp là đúng quy định'),
        criterion('2.5', 'procedures', 'Thời hạn giải quyết (tính từ ngày hồ sơ được tiếp nhận đến ngày nhận kết quả) là đúng quy định'),
      ],
    },
    {
      id: 'servants',
      provenance: 'reconstructed',
      title: { vi: 'Công chức trực tiếp giải quyết công việc' },
      items: [
        criterion('3.1', 'servants', 'Công chức có thái độ giao tiếp lịch sự'),
        criterion('3.2', 'servants', 'Công chức chú ý lắng nghe ý kiến của Ông/Bà'),
        criterion('3.3', 'servants', 'Công chức trả lời, giải thích đầy đủ các ý kiến của Ông/Bà'),
        criterion('3.4', 'servants', 'Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo'),
        criterion('3.5', 'servants', 'Công chức hướng dẫn kê khai hồ sơ dễ hiểu'),
        criterion('3.6', 'servants', 'Công chức tuân thủ đúng quy định trong giải quyết công việc'),
      ],
    },
    {
      id: 'results',
      provenance: 'reconstructed',
      title: { vi: 'Kết quả cung ứng dịch vụ hành chính công' },
      description: {
        vi: 'Kết quả có thể là được cấp giấy tờ hoặc bị từ chối cấp giấy tờ.',
      },
      items: [
        criterion('4.1', 'results', 'Kết quả mà Ông/Bà nhận được đúng quy định'),
        criterion('4.2', 'results', 'Kết quả mà Ông/Bà nhận được có thông tin đầy đủ'),
        criterion('4.3', 'results', 'Kết quả mà Ông/Bà nhận được có thông tin chính xác'),
      ],
    },
    {
      id: 'feedback',
      provenance: 'reconstructed',
      title: { vi: 'Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị' },
      items: [
        criterion('5.1', 'feedback', 'Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị'),
        {
          id: 'feedback-given',
          type: 'choice',
          multiple: false,
          required: true,
          label: {
            vi: 'Trong quá trình giải quyết thủ tục hành chính, Ông/Bà có góp ý, phản ánh, kiến nghị với cơ quan không?',
          },
          options: options([
            ['yes', 'Có'],
            ['no', 'Không'],
          ]),
        },
        { ...criterion('5.2', 'feedback', 'Ông/Bà dễ dàng thực hiện góp ý, phản ánh, kiến nghị'), visibleIf: feedbackGiven },
        { ...criterion('5.3', 'feedback', 'Cơ quan tiếp nhận, xử lý tích cực các góp ý, phản ánh, kiến nghị'), visibleIf: feedbackGiven },
        { ...criterion('5.4', 'feedback', 'Cơ quan có thông báo kết quả xử lý góp ý, phản ánh, kiến nghị kịp thời'), visibleIf: feedbackGiven },
      ],
    },
    {
      id: 'satisfaction',
      provenance: 'ours',
      title: { vi: 'Mức độ hài lòng chung' },
      items: [
        satisfaction('access', 'việc tiếp cận dịch vụ'),
        satisfaction('procedures', 'thủ tục hành chính'),
        satisfaction('servants', 'công chức trực tiếp giải quyết công việc'),
        satisfaction('results', 'kết quả giải quyết thủ tục hành chính'),
        // Asked, like 5.2–5.4, only of those who gave feedback: the others have no handling to judge.
        { ...satisfaction('feedback', 'việc tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị'), visibleIf: feedbackGiven },
        {
          id: 'sat-overall',
          type: 'rating',
          scale: 'satisfaction-5',
          required: true,
          label: {
            vi: 'Nhìn chung, Ông/Bà hài lòng như thế nào về sự phục vụ của cơ quan khi giải quyết thủ tục hành chính này?',
          },
          scoring: { role: 'overall-satisfaction' },
        },
      ],
    },
    {
      id: 'expectations',
      provenance: 'ours',
      title: { vi: 'Mong đợi của Ông/Bà' },
      items: [
        {
          id: 'expectations',
          type: 'choice',
          multiple: true,
          maxChoices: 3,
          required: false,
          label: {
            vi: 'Theo Ông/Bà, cơ quan cần ưu tiên cải thiện những nội dung nào? (chọn tối đa 3)',
          },
          scoring: { role: 'expectation' },
          options: options([
            ['simplify-procedures', 'Tiếp tục đơn giản hóa thủ tục hành chính'],
            ['shorten-time', 'Rút ngắn thời gian giải quyết'],
            ['servant-attitude', 'Nâng cao thái độ phục vụ của công chức'],
            ['servant-competence', 'Nâng cao năng lực giải quyết công việc của công chức'],
            ['facilities', 'Cải thiện cơ sở vật chất, trang thiết bị nơi tiếp nhận hồ sơ'],
            ['information', 'Mở rộng các hình thức cung cấp thông tin'],
            ['feedback-handling', 'Nâng cao chất lượng tiếp nhận, xử lý góp ý, phản ánh, kiến nghị'],
            ['online-services', 'Đẩy mạnh dịch vụ công trực tuyến'],
            ['other', 'Khác (ghi rõ)'],
          ]),
        },
        {
          id: 'expectations-other',
          type: 'text',
          multiline: false,
          maxLength: 200,
          required: true,
          visibleIf: { item: 'expectations', anyOf: ['other'] },
          label: { vi: 'Nội dung khác cần cải thiện' },
        },
        {
          id: 'comment',
          type: 'text',
          multiline: true,
          maxLength: 1000,
          required: false,
          label: { vi: 'Ý kiến khác (xin ghi cụ thể)' },
          hint: {
            vi: 'Xin đừng ghi họ tên, số điện thoại hay số giấy tờ: phiếu khảo sát là ẩn danh.',
          },
        },
      ],
    },
    {
      id: 'respondent',
      kind: 'respondent',
      provenance: 'ours',
      title: { vi: 'Thông tin về người trả lời (không bắt buộc)' },
      items: [
        {
          id: 'respondent-type',
          type: 'choice',
          multiple: false,
          required: false,
          label: { vi: 'Ông/Bà trả lời với tư cách' },
          options: options([
            ['individual', 'Cá nhân'],
            ['organisation', 'Đại diện tổ chức'],
          ]),
        },
        {
          id: 'gender',
          type: 'choice',
          multiple: false,
          required: false,
          label: { vi: 'Giới tính' },
          options: options([
            ['male', 'Nam'],
            ['female', 'Nữ'],
          ]),
        },
        {
          id: 'age',
          type: 'choice',
          multiple: false,
          required: false,
          label: { vi: 'Độ tuổi' },
          options: options([
            ['under-25', 'Dưới 25'],
            ['25-34', '25–34'],
            ['35-49', '35–49'],
            ['50-60', '50–60'],
            ['over-60', 'Trên 60'],
          ]),
        },
        {
          id: 'ethnicity',
          type: 'choice',
          multiple: false,
          required: false,
          label: { vi: 'Dân tộc' },
          options: options([
            ['kinh', 'Kinh'],
            ['other', 'Khác'],
          ]),
        },
        {
          id: 'education',
          type: 'choice',
          multiple: false,
          required: false,
          label: { vi: 'Trình độ học vấn' },
          options: options([
            ['primary', 'Tiểu học'],
            ['lower-secondary', 'Trung học cơ sở'],
            ['upper-secondary', 'Trung học phổ thông'],
            ['vocational', 'Trung cấp, cao đẳng'],
            ['university', 'Đại học'],
            ['postgraduate', 'Trên đại học'],
          ]),
        },
        {
          id: 'occupation',
          type: 'choice',
          multiple: false,
          required: false,
          label: { vi: 'Nghề nghiệp' },
          options: options([
            ['retired', 'Nghỉ hưu'],
            ['not-working', 'Không đi làm (ở nhà)'],
            ['freelance', 'Làm công việc tự do (không ký hợp đồng lao động)'],
            ['student', 'Sinh viên'],
            ['private-sector', 'Làm việc tại tổ chức, doanh nghiệp trong lĩnh vực tư'],
            ['public-sector', 'Làm việc tại cơ quan, tổ chức, doanh nghiệp trong lĩnh vực công'],
            ['other', 'Khác'],
          ]),
        },
      ],
    },
  ],
};

