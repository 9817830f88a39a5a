import type { ChoiceItem, Definition, Item, LocalizedText } from '../schema/definition.js';

/*
 * The service-delivery part of the national household form of the 2022 design (its method for 2023–2026 is
 * QĐ 1001/QĐ-BNV; the decision that introduced the 2022 design is not known), with its
 * perception questions, priorities and respondent part. Vietnamese wording is transcribed verbatim from
 * ../shared/reference/questionnaires.md ("Definition 2"); tests/definitions/reference-wording.test.ts
 * compares it with that file. English is our unofficial translation.
 */

const criterion = (number: number, element: string, vi: string, en: string): Item => ({
  id: `c${number}`,
  number: String(number),
  type: 'rating',
  scale: 'satisfaction-5',
  required: true,
  label: { vi, en },
  scoring: { role: 'criterion', element },
});

const priority = (number: number, vi: string, en: string): Item => ({
  id: `p${number}`,
  number: String(number),
  type: 'rating',
  scale: 'priority-3',
  required: true,
  label: { vi, en },
  scoring: { role: 'expectation' },
});

const options = (entries: [value: string, vi: string, en: string][]) =>
  entries.map(([value, vi, en]) => ({ value, label: { vi, en } satisfies LocalizedText }));

const singleChoice = (id: string, number: string | undefined, required: boolean, label: LocalizedText, entries: [string, string, string][]): ChoiceItem => ({
  id,
  ...(number ? { number } : {}),
  type: 'choice',
  multiple: false,
  required,
  label,
  options: options(entries),
});

const respondentQuestion = (id: string, vi: string, en: string, entries: [string, string, string][]) =>
  singleChoice(id, undefined, false, { vi, en }, entries);

export const sipas2022: Definition = {
  schemaVersion: 1,
  id: 'sipas-2022',
  version: '2022.1',
  defaultLocale: 'vi',
  title: {
    vi: 'Khảo sát sự hài lòng của người dân về việc cung ứng dịch vụ hành chính công',
    en: 'Survey of citizens’ satisfaction with the delivery of public administrative services',
  },
  shortTitle: { vi: 'Khảo sát sự hài lòng', en: 'Satisfaction survey' },
  description: {
    vi: 'Phiếu khảo sát ẩn danh. Xin Ông/Bà cho biết ý kiến về thủ tục hành chính vừa giải quyết.',
    en: 'This survey is anonymous. Please tell us what you think of the procedure you have just completed.',
  },
  provenance: {
    wording: 'transcribed',
    source:
      'Mẫu phiếu khảo sát hộ gia đình toàn quốc theo thiết kế SIPAS năm 2022 (phương pháp giai đoạn 2023–2026: QĐ 1001/QĐ-BNV ' +
      'ngày 11/12/2023; chưa rõ văn bản ban hành thiết kế năm 2022): Câu 4–6, Câu 9 (mục 15–33), Câu 10, Phần A',
    notes:
      'The method in force for 2023–2026 is QĐ 1001/QĐ-BNV (11/12/2023), whose annex with the form was not found; the ' +
      'number of the decision that introduced the 2022 household design is not known. The scale’s five codes are printed ' +
      'as on the form (1→5). Items 15–33 (section II "VIỆC CUNG ỨNG DỊCH VỤ HÀNH CHÍNH CÔNG", Câu 9), the element titles I–V, the question stems, ' +
      'Câu 4–6 with their options, the rows of Câu 10 and the respondent questions are transcribed from a public transcription ' +
      'of the national form, not from the Ministry’s PDF. Row 8 of Câu 10 is missing from that transcription and is left out; ' +
      'rows keep the form’s numbers. The transcription abbreviates the 2nd and 3rd options of Câu 5 with "..."; they are ' +
      'completed with the 1st option’s words (reconstructed). Ours: the questionnaire title and description, the titles of the ' +
      'perception, priority and respondent sections, the anonymity hint, the labels telling the two "Nơi sinh sống" questions ' +
      'apart, item ids and option values. The form has no per-element or overall satisfaction question in this part, so none ' +
      'is added. Name, e-mail and phone are not asked: responses are anonymous. English is an unofficial translation.',
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
    {
      // Printed "Rất nhiều / Nhiều / Ít"; codes grow with the wish, so 2 and 3 are the rows' "wanted" share.
      id: 'priority-3',
      satisfiedCodes: [2, 3],
      options: [
        { code: 3, label: { vi: 'Rất nhiều', en: 'Very much' } },
        { code: 2, label: { vi: 'Nhiều', en: 'Much' } },
        { code: 1, label: { vi: 'Ít', en: 'A little' } },
      ],
    },
  ],
  sections: [
    {
      id: 'perceptions',
      provenance: 'transcribed',
      title: { vi: 'Nhận định của Ông/Bà', en: 'Your perceptions' },
      items: [
        singleChoice(
          'harassment',
          '4',
          true,
          {
            vi: 'Ông/Bà có suy nghĩ như thế nào về tình trạng công chức gây phiền hà, sách nhiễu cho người dân hiện nay ở địa phương?',
            en: 'What do you think about public servants harassing or troubling people in your locality today?',
          },
          [
            ['none', 'Không có công chức nào gây phiền hà, sách nhiễu cho người dân', 'No public servant harasses or troubles people'],
            ['some', 'Một số công chức gây phiền hà, sách nhiễu cho người dân', 'Some public servants harass or trouble people'],
            ['many', 'Nhiều công chức gây phiền hà, sách nhiễu cho người dân', 'Many public servants harass or trouble people'],
          ],
        ),
        singleChoice(
          'informal-payments',
          '5',
          true,
          {
            vi: 'Ông/Bà suy nghĩ gì về tình trạng người dân phải đưa tiền ngoài quy định cho công chức để công việc được giải quyết hiện nay ở địa phương?',
            en: 'What do you think about people having to give public servants money beyond what is regulated to get their case handled in your locality today?',
          },
          [
            ['none', 'Không có người dân nào phải đưa tiền ngoài quy định cho công chức', 'Nobody has to give public servants money beyond what is regulated'],
            ['some', 'Một số người dân phải đưa tiền ngoài quy định cho công chức', 'Some people have to give public servants money beyond what is regulated'],
            ['many', 'Nhiều người dân phải đưa tiền ngoài quy định cho công chức', 'Many people have to give public servants money beyond what is regulated'],
          ],
        ),
        singleChoice(
          'preferred-channel',
          '6',
          true,
          {
            vi: 'Xin Ông/Bà cho biết hình thức nộp hồ sơ và nhận kết quả giải quyết thủ tục hành chính phù hợp với Ông/Bà?',
            en: 'Which way of submitting dossiers and receiving results suits you?',
          },
          [
            ['in-person', 'Theo hình thức trực tiếp (tại cơ quan)', 'In person (at the agency)'],
            ['online', 'Theo hình thức trực tuyến (qua mạng internet)', 'Online (over the internet)'],
            ['both', 'Theo cả hình thức trực tiếp và trực tuyến', 'Both in person and online'],
          ],
        ),
      ],
    },
    {
      id: 'access',
      provenance: 'transcribed',
      title: { vi: 'I. Tiếp cận', en: 'I. Access to services' },
      description: {
        vi: 'Xin Ông/Bà cho biết mức độ hài lòng của Ông/Bà về các nội dung trong bảng bên dưới đây.',
        en: 'Please tell us how satisfied you are with each of the statements below.',
      },
      items: [
        criterion(15, 'access', 'Cơ quan cung cấp thông tin về việc giải quyết thủ tục hành chính theo nhiều hình thức, dễ tiếp cận, dễ hiểu đối với mọi người dân.', 'The agency provides information about handling administrative procedures in many forms that are accessible and easy to understand for everyone.'),
        criterion(16, 'access', 'Trụ sở cơ quan tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính có biển hiệu, hướng dẫn rõ ràng, dễ thấy.', 'The office that receives dossiers and returns results has clear, visible signs and directions.'),
        criterion(17, 'access', 'Trụ sở cơ quan tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính sạch sẽ, văn minh.', 'The office that receives dossiers and returns results is clean and orderly.'),
        criterion(18, 'access', 'Trang thiết bị phục vụ người dân đầy đủ, chất lượng tốt, giúp người dân giải quyết công việc dễ dàng hơn.', 'The equipment serving citizens is sufficient and of good quality, making it easier to get things done.'),
      ],
    },
    {
      id: 'procedures',
      provenance: 'transcribed',
      title: { vi: 'II. Thủ tục hành chính', en: 'II. Administrative procedures' },
      items: [
        criterion(19, 'procedures', 'Quy định thủ tục hành chính được niêm yết công khai tại trụ sở cơ quan tiếp nhận hồ sơ, trả kết quả giải quyết thủ tục hành chính dễ thấy, dễ hiểu.', 'The rules of the procedure are posted publicly at the office that receives dossiers and returns results, visibly and understandably.'),
        criterion(20, 'procedures', 'Thành phần hồ sơ người dân phải nộp là đúng quy định.', 'The documents citizens must submit are as regulated.'),
        criterion(21, 'procedures', 'Mức phí/lệ phí người dân phải nộp là đúng quy định.', 'The fees citizens must pay are as regulated.'),
        criterion(22, 'procedures', 'Thời hạn giải quyết thủ tục hành chính cho người dân là đúng quy định.', 'The processing time for citizens is as regulated.'),
      ],
    },
    {
      id: 'servants',
      provenance: 'transcribed',
      title: { vi: 'III. Công chức trực tiếp giải quyết công việc', en: 'III. Public servants who handled the case' },
      items: [
        criterion(23, 'servants', 'Công chức có thái độ giao tiếp lịch sự, tôn trọng đối với người dân.', 'Public servants communicate politely and respectfully with citizens.'),
        criterion(24, 'servants', 'Công chức cung cấp thông tin, trả lời kịp thời, đầy đủ các câu hỏi, ý kiến của người dân.', 'Public servants provide information and answer citizens’ questions and comments promptly and fully.'),
        criterion(25, 'servants', 'Công chức hướng dẫn hồ sơ dễ hiểu, đảm bảo người dân có thể hoàn thiện hồ sơ sau một lần hướng dẫn.', 'Public servants explain the dossier clearly, so that citizens can complete it after one explanation.'),
        criterion(26, 'servants', 'Công chức tuân thủ đúng quy định trong giải quyết công việc cho người dân.', 'Public servants follow the rules in handling citizens’ cases.'),
        criterion(27, 'servants', 'Công chức tận tình đối với người dân trong quá trình giải quyết công việc.', 'Public servants are attentive to citizens while handling their cases.'),
      ],
    },
    {
      id: 'results',
      provenance: 'transcribed',
      title: { vi: 'IV. Kết quả (Có thể là được cấp giấy tờ hoặc bị từ chối cấp giấy tờ)', en: 'IV. Service results (a document issued or a refusal)' },
      items: [
        criterion(28, 'results', 'Kết quả giải quyết thủ tục hành chính cho người dân được trả đúng hẹn.', 'The result is returned to citizens on the date promised.'),
        criterion(29, 'results', 'Kết quả giải quyết thủ tục hành chính cho người dân có thông tin đầy đủ, chính xác.', 'The result has complete and accurate information.'),
        criterion(30, 'results', 'Kết quả giải quyết thủ tục hành chính cho người dân đảm bảo tính công bằng.', 'The result is fair.'),
      ],
    },
    {
      id: 'feedback',
      provenance: 'transcribed',
      title: {
        vi: 'V. Cơ quan nhà nước tiếp nhận, xử lý phản ánh, kiến nghị của người dân',
        en: 'V. Receiving and handling of citizens’ feedback and petitions',
      },
      items: [
        criterion(31, 'feedback', 'Cơ quan có bố trí hình thức tiếp nhận phản ánh, kiến nghị, giúp người dân phản ánh, kiến nghị dễ dàng.', 'The agency provides ways to receive feedback and petitions, making it easy for citizens to give them.'),
        criterion(32, 'feedback', 'Cơ quan tiếp nhận, xử lý phản ánh, kiến nghị của người dân đúng quy định.', 'The agency receives and handles citizens’ feedback and petitions as regulated.'),
        criterion(33, 'feedback', 'Cơ quan thông báo kết quả xử lý phản ánh, kiến nghị cho người dân kịp thời.', 'The agency informs citizens of the outcome of their feedback and petitions in good time.'),
      ],
    },
    {
      id: 'priorities',
      provenance: 'transcribed',
      title: { vi: 'Mong muốn của Ông/Bà', en: 'Your priorities' },
      description: {
        vi: 'Xin Ông/Bà cho biết mức độ Ông/Bà mong muốn cơ quan nhà nước tập trung ưu tiên nguồn lực để cải thiện chất lượng các vấn đề trong bảng dưới đây?',
        en: 'How much would you like state agencies to focus their resources on improving each of the matters below?',
      },
      items: [
        priority(1, 'Nâng cao hơn nữa chất lượng cung cấp thông tin cho người dân.', 'Further improve the quality of information provided to citizens.'),
        priority(2, 'Nâng cao hơn nữa chất lượng trụ sở, trang thiết bị phục vụ giải quyết công việc cho người dân.', 'Further improve the premises and equipment used to serve citizens.'),
        priority(3, 'Nâng cao hơn nữa năng lực của cán bộ, công chức, viên chức trong giải quyết công việc cho người dân.', 'Further improve the competence of officials and public servants in handling citizens’ cases.'),
        priority(4, 'Nâng cao hơn nữa thái độ phục vụ của cán bộ, công chức, viên chức đối với người dân.', 'Further improve the attitude of officials and public servants towards citizens.'),
        priority(5, 'Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết công việc cho người dân.', 'Make more use of information technology and digital transformation in handling citizens’ cases.'),
        priority(6, 'Nâng cao hơn nữa sự quan tâm của cơ quan nhà nước đối với nhu cầu, mong đợi của người dân.', 'Further increase state agencies’ attention to citizens’ needs and expectations.'),
        priority(7, 'Nâng cao hơn nữa chất lượng tiếp nhận, giải quyết ý kiến góp ý, phản ánh, kiến nghị của người dân.', 'Further improve the receiving and handling of citizens’ comments, feedback and petitions.'),
        priority(9, 'Nâng cao hơn nữa chất lượng các chính sách quan trọng đối với đời sống của người dân.', 'Further improve the quality of policies important to citizens’ lives.'),
        priority(10, 'Nâng cao hơn nữa chất lượng dịch vụ hành chính công (việc giải quyết thủ tục hành chính).', 'Further improve the quality of public administrative services (the handling of administrative procedures).'),
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
      provenance: 'transcribed',
      title: { vi: 'Thông tin về người trả lời (không bắt buộc)', en: 'About you (optional)' },
      items: [
        respondentQuestion('gender', 'Giới tính', 'Gender', [
          ['male', 'Nam', 'Male'],
          ['female', 'Nữ', 'Female'],
        ]),
        respondentQuestion('age', 'Độ tuổi', 'Age', [
          ['18-24', '18–24', '18–24'],
          ['25-34', '25–34', '25–34'],
          ['35-49', '35–49', '35–49'],
          ['50-60', '50–60', '50–60'],
          ['over-60', 'Trên 60', 'Over 60'],
        ]),
        respondentQuestion('ethnicity', 'Dân tộc', 'Ethnic group', [
          ['kinh', 'Kinh', 'Kinh'],
          ['other', 'Khác', 'Other'],
        ]),
        respondentQuestion('education', 'Trình độ học vấn', 'Education', [
          ['primary', 'Tiểu học (Cấp I)', 'Primary school (level I)'],
          ['lower-secondary', 'Trung học cơ sở (Cấp II)', 'Lower secondary school (level II)'],
          ['upper-secondary', 'Trung học phổ thông (Cấp III)', 'Upper secondary school (level III)'],
          ['vocational', 'Dạy nghề, Trung cấp, Cao đẳng', 'Vocational training, intermediate school or college'],
          ['university', 'Đại học, trên Đại học', 'University or postgraduate'],
          ['other', 'Khác', 'Other'],
        ]),
        respondentQuestion('occupation', 'Nghề nghiệp', 'Occupation', [
          ['retired', 'Nghỉ hưu', 'Retired'],
          ['not-working', 'Không đi làm (ở nhà)', 'Not working (at home)'],
          ['freelance', 'Làm công việc tự do (không ký hợp đồng lao động)', 'Self-employed (no labour contract)'],
          ['student', 'Sinh viên', 'Student'],
          ['private-sector', 'Làm việc tại tổ chức, doanh nghiệp trong lĩnh vực tư', 'Working in a private organisation or business'],
          ['public-sector', 'Làm việc tại cơ quan, tổ chức, doanh nghiệp trong lĩnh vực công', 'Working in a public agency, organisation or enterprise'],
          ['other', 'Khác', 'Other'],
        ]),
        respondentQuestion('residence-area', 'Nơi sinh sống (khu vực)', 'Where you live (area)', [
          ['urban', 'Đô thị', 'Urban'],
          ['rural', 'Nông thôn', 'Rural'],
        ]),
        respondentQuestion('residence-terrain', 'Nơi sinh sống (địa hình)', 'Where you live (terrain)', [
          ['mountains', 'Miền núi', 'Mountains'],
          ['plains', 'Đồng bằng', 'Plains'],
          ['islands', 'Hải đảo', 'Islands'],
        ]),
      ],
    },
  ],
};
