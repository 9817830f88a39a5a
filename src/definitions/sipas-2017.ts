import type { Definition, Item, LocalizedText } from '../schema/definition.js';

/*
 * SIPAS 2017–2020 (QĐ 2640/QĐ-BNV): the one-stop-desk method retired since the household design of 2022, kept
 * as the element's default for compatibility (docs/questionnaires.md). Counts and topics of the 22 criteria are
 * verified; their exact wording is reconstructed. The gate, satisfaction, expectation and respondent blocks are
 * this project's design. English is our unofficial translation.
 */

const criterion = (id: string, element: string, vi: string, en: string): Item => ({
  id: `c${id}`,
  number: id,
  type: 'rating',
  scale: 'satisfaction-5',
  required: true,
  label: { vi, en },
  scoring: { role: 'criterion', element },
});

const feedbackGiven = { item: 'feedback-given', anyOf: ['yes'] };

const satisfaction = (element: string, vi: string, en: string): Item => ({
  id: `sat-${element}`,
  type: 'rating',
  scale: 'satisfaction-5',
  required: true,
  label: { vi: `Nhìn chung, Ông/Bà hài lòng như thế nào về ${vi}?`, en: `Overall, how satisfied are you with ${en}?` },
  scoring: { role: 'element-satisfaction', element },
});

const options = (entries: [value: string, vi: string, en: string][]) =>
  entries.map(([value, vi, en]) => ({ value, label: { vi, en } satisfies LocalizedText }));

export const sipas2017: Definition = {
  schemaVersion: 1,
  id: 'sipas-2017',
  // 2017.2: the satisfaction with the handling of feedback is asked only of those who gave feedback.
  version: '2017.2',
  defaultLocale: 'vi',
  title: {
    vi: 'Phiếu khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước',
    en: 'Survey of citizens’ and organisations’ satisfaction with the service of state administrative agencies',
  },
  shortTitle: { vi: 'Khảo sát sự hài lòng', en: 'Satisfaction survey' },
  description: {
    vi: 'Phiếu khảo sát ẩn danh. Xin Ông/Bà cho biết mức độ hài lòng về thủ tục hành chính vừa giải quyết.',
    en: 'This survey is anonymous. Please tell us how satisfied you are with the procedure you have just completed.',
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
        { code: 1, label: { vi: 'Rất không hài lòng', en: 'Very dissatisfied' } },
        { code: 2, label: { vi: 'Không hài lòng', en: 'Dissatisfied' } },
        { code: 3, label: { vi: 'Bình thường', en: 'Neither satisfied nor dissatisfied' } },
        { code: 4, label: { vi: 'Hài lòng', en: 'Satisfied' } },
        { code: 5, label: { vi: 'Rất hài lòng', en: 'Very satisfied' } },
      ],
    },
  ],
  sections: [
    {
      id: 'access',
      provenance: 'reconstructed',
      title: {
        vi: 'Tiếp cận dịch vụ hành chính công của cơ quan hành chính nhà nước',
        en: 'Access to the public administrative service',
      },
      items: [
        criterion('1.1', 'access', 'Nơi ngồi chờ có đủ chỗ ngồi', 'The waiting area has enough seats'),
        criterion('1.2', 'access', 'Trang thiết bị phục vụ người dân, tổ chức đầy đủ', 'Equipment serving citizens and organisations is sufficient'),
        criterion('1.3', 'access', 'Trang thiết bị phục vụ người dân, tổ chức hiện đại', 'Equipment serving citizens and organisations is modern'),
        criterion('1.4', 'access', 'Trang thiết bị phục vụ người dân, tổ chức dễ sử dụng', 'Equipment serving citizens and organisations is easy to use'),
      ],
    },
    {
      id: 'procedures',
      provenance: 'reconstructed',
      title: { vi: 'Thủ tục hành chính', en: 'Administrative procedures' },
      items: [
        criterion('2.1', 'procedures', 'Thủ tục hành chính được niêm yết công khai đầy đủ', 'The procedure is publicly posted in full'),
        criterion('2.2', 'procedures', 'Thủ tục hành chính được niêm yết công khai chính xác', 'The procedure is publicly posted accurately'),
        criterion('2.3', 'procedures', 'Thành phần hồ sơ mà Ông/Bà phải nộp là đúng quy định', 'The documents you had to submit were as regulated'),
        criterion('2.4', 'procedures', 'Phí/lệ phí mà Ông/Bà phải nộp là đúng quy định', 'The fees you had to pay were as regulated'),
        criterion(
          '2.5',
          'procedures',
          'Thời hạn giải quyết (tính từ ngày hồ sơ được tiếp nhận đến ngày nhận kết quả) là đúng quy định',
          'The processing time (from the day the dossier was received to the day of the result) was as regulated',
        ),
      ],
    },
    {
      id: 'servants',
      provenance: 'reconstructed',
      title: { vi: 'Công chức trực tiếp giải quyết công việc', en: 'Public servants who handled your case' },
      items: [
        criterion('3.1', 'servants', 'Công chức có thái độ giao tiếp lịch sự', 'The public servant was polite'),
        criterion('3.2', 'servants', 'Công chức chú ý lắng nghe ý kiến của Ông/Bà', 'The public servant listened carefully to you'),
        criterion('3.3', 'servants', 'Công chức trả lời, giải thích đầy đủ các ý kiến của Ông/Bà', 'The public servant answered and explained all your questions fully'),
        criterion('3.4', 'servants', 'Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo', 'The public servant guided you through the forms attentively and thoroughly'),
        criterion('3.5', 'servants', 'Công chức hướng dẫn kê khai hồ sơ dễ hiểu', 'The public servant’s guidance on the forms was easy to understand'),
        criterion('3.6', 'servants', 'Công chức tuân thủ đúng quy định trong giải quyết công việc', 'The public servant followed the rules in handling your case'),
      ],
    },
    {
      id: 'results',
      provenance: 'reconstructed',
      title: { vi: 'Kết quả cung ứng dịch vụ hành chính công', en: 'Service results' },
      description: {
        vi: 'Kết quả có thể là được cấp giấy tờ hoặc bị từ chối cấp giấy tờ.',
        en: 'A result may be a document issued or a refusal.',
      },
      items: [
        criterion('4.1', 'results', 'Kết quả mà Ông/Bà nhận được đúng quy định', 'The result you received was as regulated'),
        criterion('4.2', 'results', 'Kết quả mà Ông/Bà nhận được có thông tin đầy đủ', 'The result you received had complete information'),
        criterion('4.3', 'results', 'Kết quả mà Ông/Bà nhận được có thông tin chính xác', 'The result you received had accurate information'),
      ],
    },
    {
      id: 'feedback',
      provenance: 'reconstructed',
      title: { vi: 'Tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị', en: 'Receiving and handling of feedback' },
      items: [
        criterion(
          '5.1',
          'feedback',
          'Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị',
          'The agency provides a way to receive comments, feedback and petitions',
        ),
        {
          id: 'feedback-given',
          type: 'choice',
          multiple: false,
          required: true,
          label: {
            vi: 'Trong quá trình giải quyết thủ tục hành chính, Ông/Bà có góp ý, phản ánh, kiến nghị với cơ quan không?',
            en: 'While your procedure was being handled, did you give the agency any comment, feedback or petition?',
          },
          options: options([
            ['yes', 'Có', 'Yes'],
            ['no', 'Không', 'No'],
          ]),
        },
        { ...criterion('5.2', 'feedback', 'Ông/Bà dễ dàng thực hiện góp ý, phản ánh, kiến nghị', 'It was easy for you to give comments, feedback or petitions'), visibleIf: feedbackGiven },
        { ...criterion('5.3', 'feedback', 'Cơ quan tiếp nhận, xử lý tích cực các góp ý, phản ánh, kiến nghị', 'The agency received and handled the comments, feedback and petitions actively'), visibleIf: feedbackGiven },
        { ...criterion('5.4', 'feedback', 'Cơ quan có thông báo kết quả xử lý góp ý, phản ánh, kiến nghị kịp thời', 'The agency reported the outcome of the comments, feedback and petitions in good time'), visibleIf: feedbackGiven },
      ],
    },
    {
      id: 'satisfaction',
      provenance: 'ours',
      title: { vi: 'Mức độ hài lòng chung', en: 'Overall satisfaction' },
      items: [
        satisfaction('access', 'việc tiếp cận dịch vụ', 'access to the service'),
        satisfaction('procedures', 'thủ tục hành chính', 'the administrative procedure'),
        satisfaction('servants', 'công chức trực tiếp giải quyết công việc', 'the public servants who handled your case'),
        satisfaction('results', 'kết quả giải quyết thủ tục hành chính', 'the result of the procedure'),
        // Asked, like 5.2–5.4, only of those who gave feedback: the others have no handling to judge.
        { ...satisfaction('feedback', 'việc tiếp nhận, giải quyết góp ý, phản ánh, kiến nghị', 'the handling of comments, feedback and petitions'), visibleIf: feedbackGiven },
        {
          id: 'sat-overall',
          type: 'rating',
          scale: 'satisfaction-5',
          required: true,
          label: {
            vi: 'Nhìn chung, Ông/Bà hài lòng như thế nào về sự phục vụ của cơ quan khi giải quyết thủ tục hành chính này?',
            en: 'Overall, how satisfied are you with the agency’s service in handling this procedure?',
          },
          scoring: { role: 'overall-satisfaction' },
        },
      ],
    },
    {
      id: 'expectations',
      provenance: 'ours',
      title: { vi: 'Mong đợi của Ông/Bà', en: 'Your expectations' },
      items: [
        {
          id: 'expectations',
          type: 'choice',
          multiple: true,
          maxChoices: 3,
          required: false,
          label: {
            vi: 'Theo Ông/Bà, cơ quan cần ưu tiên cải thiện những nội dung nào? (chọn tối đa 3)',
            en: 'What should the agency improve first? (choose up to 3)',
          },
          scoring: { role: 'expectation' },
          options: options([
            ['simplify-procedures', 'Tiếp tục đơn giản hóa thủ tục hành chính', 'Simplify administrative procedures further'],
            ['shorten-time', 'Rút ngắn thời gian giải quyết', 'Shorten processing time'],
            ['servant-attitude', 'Nâng cao thái độ phục vụ của công chức', 'Improve public servants’ attitude'],
            ['servant-competence', 'Nâng cao năng lực giải quyết công việc của công chức', 'Improve public servants’ competence'],
            ['facilities', 'Cải thiện cơ sở vật chất, trang thiết bị nơi tiếp nhận hồ sơ', 'Improve the premises and equipment where dossiers are received'],
            ['information', 'Mở rộng các hình thức cung cấp thông tin', 'Offer more ways to get information'],
            ['feedback-handling', 'Nâng cao chất lượng tiếp nhận, xử lý góp ý, phản ánh, kiến nghị', 'Improve the handling of comments, feedback and petitions'],
            ['online-services', 'Đẩy mạnh dịch vụ công trực tuyến', 'Expand online public services'],
            ['other', 'Khác (ghi rõ)', 'Other (please specify)'],
          ]),
        },
        {
          id: 'expectations-other',
          type: 'text',
          multiline: false,
          maxLength: 200,
          required: true,
          visibleIf: { item: 'expectations', anyOf: ['other'] },
          label: { vi: 'Nội dung khác cần cải thiện', en: 'Other thing to improve' },
        },
        {
          id: 'comment',
          type: 'text',
          multiline: true,
          maxLength: 1000,
          required: false,
          label: { vi: 'Ý kiến khác (xin ghi cụ thể)', en: 'Other comments (please be specific)' },
          hint: {
            vi: 'Xin đừng ghi họ tên, số điện thoại hay số giấy tờ: phiếu khảo sát là ẩn danh.',
            en: 'Please do not write your name, phone number or ID number: the survey is anonymous.',
          },
        },
      ],
    },
    {
      id: 'respondent',
      kind: 'respondent',
      provenance: 'ours',
      title: { vi: 'Thông tin về người trả lời (không bắt buộc)', en: 'About you (optional)' },
      items: [
        {
          id: 'respondent-type',
          type: 'choice',
          multiple: false,
          required: false,
          label: { vi: 'Ông/Bà trả lời với tư cách', en: 'You are answering as' },
          options: options([
            ['individual', 'Cá nhân', 'An individual'],
            ['organisation', 'Đại diện tổ chức', 'An organisation’s representative'],
          ]),
        },
        {
          id: 'gender',
          type: 'choice',
          multiple: false,
          required: false,
          label: { vi: 'Giới tính', en: 'Gender' },
          options: options([
            ['male', 'Nam', 'Male'],
            ['female', 'Nữ', 'Female'],
          ]),
        },
        {
          id: 'age',
          type: 'choice',
          multiple: false,
          required: false,
          label: { vi: 'Độ tuổi', en: 'Age' },
          options: options([
            ['under-25', 'Dưới 25', 'Under 25'],
            ['25-34', '25–34', '25–34'],
            ['35-49', '35–49', '35–49'],
            ['50-60', '50–60', '50–60'],
            ['over-60', 'Trên 60', 'Over 60'],
          ]),
        },
        {
          id: 'ethnicity',
          type: 'choice',
          multiple: false,
          required: false,
          label: { vi: 'Dân tộc', en: 'Ethnic group' },
          options: options([
            ['kinh', 'Kinh', 'Kinh'],
            ['other', 'Khác', 'Other'],
          ]),
        },
        {
          id: 'education',
          type: 'choice',
          multiple: false,
          required: false,
          label: { vi: 'Trình độ học vấn', en: 'Education' },
          options: options([
            ['primary', 'Tiểu học', 'Primary school'],
            ['lower-secondary', 'Trung học cơ sở', 'Lower secondary school'],
            ['upper-secondary', 'Trung học phổ thông', 'Upper secondary school'],
            ['vocational', 'Trung cấp, cao đẳng', 'Vocational school or college'],
            ['university', 'Đại học', 'University'],
            ['postgraduate', 'Trên đại học', 'Postgraduate'],
          ]),
        },
        {
          id: 'occupation',
          type: 'choice',
          multiple: false,
          required: false,
          label: { vi: 'Nghề nghiệp', en: 'Occupation' },
          options: options([
            ['retired', 'Nghỉ hưu', 'Retired'],
            ['not-working', 'Không đi làm (ở nhà)', 'Not working (at home)'],
            ['freelance', 'Làm công việc tự do (không ký hợp đồng lao động)', 'Self-employed (no labour contract)'],
            ['student', 'Sinh viên', 'Student'],
            ['private-sector', 'Làm việc tại tổ chức, doanh nghiệp trong lĩnh vực tư', 'Working in a private organisation or business'],
            ['public-sector', 'Làm việc tại cơ quan, tổ chức, doanh nghiệp trong lĩnh vực công', 'Working in a public agency, organisation or enterprise'],
            ['other', 'Khác', 'Other'],
          ]),
        },
      ],
    },
  ],
};

