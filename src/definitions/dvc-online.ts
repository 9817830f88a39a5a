import type { Definition, Item, ScoringRole } from '../schema/definition.js';

/*
 * The short rating provincial public-service portals showed after an online dossier was processed, until they were
 * switched off on 1 July 2025; today a commune's own per-dossier or per-desk rating. A share of its answers is not
 * the QĐ 766 "tỷ lệ hài lòng" by which the national portal ranks units. The four criteria and the 3-level scale are
 * verified (as shown on the portals); the reason asked after "Không hài lòng", the title and the description are
 * ours. English is our unofficial translation.
 */

/** The scale code of "Không hài lòng"; choosing it on a criterion asks for a reason. */
const DISSATISFIED = 1;

/** A criterion and, right after it, the reason it asks for when the citizen is not satisfied. */
const criterion = (id: string, scoring: ScoringRole, vi: string, en: string): Item[] => [
  { id, type: 'rating', scale: 'satisfaction-3', required: true, label: { vi, en }, scoring },
  {
    id: `${id}-reason`,
    type: 'text',
    multiline: false,
    maxLength: 300,
    required: true,
    visibleIf: { item: id, anyOf: [DISSATISFIED] },
    label: { vi: 'Xin Ông/Bà cho biết lý do chưa hài lòng', en: 'Please tell us why you are not satisfied' },
  },
];

const element = 'online-service';

export const dvcOnline: Definition = {
  schemaVersion: 1,
  id: 'dvc-online',
  version: '2024.1',
  defaultLocale: 'vi',
  title: { vi: 'Đánh giá việc giải quyết hồ sơ trực tuyến', en: 'Rate how your online dossier was handled' },
  shortTitle: { vi: 'Đánh giá hồ sơ', en: 'Dossier rating' },
  description: {
    vi: 'Phiếu đánh giá ẩn danh. Xin Ông/Bà cho biết mức độ hài lòng về dịch vụ công trực tuyến vừa sử dụng.',
    en: 'This rating is anonymous. Please tell us how satisfied you are with the online public service you have just used.',
  },
  provenance: {
    wording: 'verified',
    source:
      'Đánh giá sau khi xử lý hồ sơ trên Cổng dịch vụ công cấp tỉnh (4 tiêu chí, thang 3 mức), dùng đến khi các cổng cấp tỉnh ' +
      'ngừng hoạt động ngày 01/07/2025; nay là đánh giá riêng của xã theo từng hồ sơ hoặc từng quầy',
    notes:
      'Provincial portals showed this rating until they were switched off on 1 July 2025; today it serves as a commune’s own ' +
      'per-dossier or per-desk rating (a QR code at the desk, a tablet at the counter). A share of its answers is not the ' +
      'QĐ 766/QĐ-TTg "tỷ lệ hài lòng" by which the national portal ranks provinces and communes. The four criteria and the three scale labels are verified as shown on provincial public-service portals. ' +
      'Ours: the title, the description, the reason question asked after "Không hài lòng", item ids and the codes ' +
      '(1 Không hài lòng, 2 Hài lòng, 3 Rất hài lòng; 2 and 3 count as satisfied), shown in the portals’ order ' +
      '"Rất hài lòng / Hài lòng / Không hài lòng" and, as there, without the codes. English is an unofficial translation.',
    unofficialLocales: ['en'],
  },
  scales: [
    {
      id: 'satisfaction-3',
      satisfiedCodes: [2, 3],
      options: [
        { code: 3, label: { vi: 'Rất hài lòng', en: 'Very satisfied' } },
        { code: 2, label: { vi: 'Hài lòng', en: 'Satisfied' } },
        { code: DISSATISFIED, label: { vi: 'Không hài lòng', en: 'Not satisfied' } },
      ],
    },
  ],
  sections: [
    {
      id: 'rating',
      provenance: 'verified',
      title: { vi: 'Đánh giá dịch vụ', en: 'Rate the service' },
      items: [
        ...criterion('overall', { role: 'overall-satisfaction' }, 'Đánh giá tổng thể dịch vụ', 'Overall rating of the service'),
        ...criterion(
          'convenience',
          { role: 'criterion', element },
          'Mức độ thuận tiện khi sử dụng dịch vụ (dịch vụ dễ sử dụng, thời gian đáp ứng của dịch vụ khi giao tiếp, xử lý dữ liệu)',
          'How convenient the service was to use (ease of use, how quickly it responded when communicating and processing data)',
        ),
        ...criterion(
          'timeliness',
          { role: 'criterion', element },
          'Mức độ đúng hạn trong xử lý, trả kết quả của cơ quan nhà nước',
          'How punctually the state agency processed the dossier and returned the result',
        ),
        ...criterion(
          'attitude',
          { role: 'criterion', element },
          'Thái độ của cán bộ, công chức, viên chức (mức độ nhiệt tình, thái độ nhũng nhiễu, gây phiền hà, cách giao tiếp của cán bộ, công chức khi hướng dẫn, xử lý hồ sơ)',
          'The attitude of officials and public servants (their helpfulness, any harassment or trouble caused, how they communicated while guiding and processing the dossier)',
        ),
      ],
    },
  ],
};
