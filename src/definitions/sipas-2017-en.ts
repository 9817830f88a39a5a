import type { Overrides } from '../schema/overrides.js';

/*
 * The English of SIPAS 2017 (sipas-2017-vi.ts): our unofficial translation, in the shape of local wording, so that
 * a page showing the questionnaire in Vietnamese never loads it. Every key names a text of the Vietnamese definition
 * (tests/definitions/built-in-languages.test.ts checks it).
 */
export const sipas2017English: Overrides = {
  title: {
    en: 'Survey of citizens’ and organisations’ satisfaction with the service of state administrative agencies',
  },
  shortTitle: { en: 'Satisfaction survey' },
  description: {
    en: 'This survey is anonymous. Please tell us how satisfied you are with the procedure you have just completed.',
  },
  scales: {
    'satisfaction-5': {
      '1': { en: 'Very dissatisfied' },
      '2': { en: 'Dissatisfied' },
      '3': { en: 'Neither satisfied nor dissatisfied' },
      '4': { en: 'Satisfied' },
      '5': { en: 'Very satisfied' },
    },
  },
  sections: {
    access: { title: { en: 'Access to the public administrative service' } },
    procedures: { title: { en: 'Administrative procedures' } },
    servants: { title: { en: 'Public servants who handled your case' } },
    results: {
      title: { en: 'Service results' },
      description: { en: 'A result may be a document issued or a refusal.' },
    },
    feedback: { title: { en: 'Receiving and handling of feedback' } },
    satisfaction: { title: { en: 'Overall satisfaction' } },
    expectations: { title: { en: 'Your expectations' } },
    respondent: { title: { en: 'About you (optional)' } },
  },
  items: {
    'c1.1': { label: { en: 'The waiting area has enough seats' } },
    'c1.2': { label: { en: 'Equipment serving citizens and organisations is sufficient' } },
    'c1.3': { label: { en: 'Equipment serving citizens and organisations is modern' } },
    'c1.4': { label: { en: 'Equipment serving citizens and organisations is easy to use' } },
    'c2.1': { label: { en: 'The procedure is publicly posted in full' } },
    'c2.2': { label: { en: 'The procedure is publicly posted accurately' } },
    'c2.3': { label: { en: 'The documents you had to submit were as regulated' } },
    'c2.4': { label: { en: 'The fees you had to pay were as regulated' } },
    'c2.5': {
      label: {
        en: 'The processing time (from the day the dossier was received to the day of the result) was as regulated',
      },
    },
    'c3.1': { label: { en: 'The public servant was polite' } },
    'c3.2': { label: { en: 'The public servant listened carefully to you' } },
    'c3.3': { label: { en: 'The public servant answered and explained all your questions fully' } },
    'c3.4': { label: { en: 'The public servant guided you through the forms attentively and thoroughly' } },
    'c3.5': { label: { en: 'The public servant’s guidance on the forms was easy to understand' } },
    'c3.6': { label: { en: 'The public servant followed the rules in handling your case' } },
    'c4.1': { label: { en: 'The result you received was as regulated' } },
    'c4.2': { label: { en: 'The result you received had complete information' } },
    'c4.3': { label: { en: 'The result you received had accurate information' } },
    'c5.1': { label: { en: 'The agency provides a way to receive comments, feedback and petitions' } },
    'feedback-given': {
      label: {
        en: 'While your procedure was being handled, did you give the agency any comment, feedback or petition?',
      },
      options: { yes: { en: 'Yes' }, no: { en: 'No' } },
    },
    'c5.2': { label: { en: 'It was easy for you to give comments, feedback or petitions' } },
    'c5.3': { label: { en: 'The agency received and handled the comments, feedback and petitions actively' } },
    'c5.4': { label: { en: 'The agency reported the outcome of the comments, feedback and petitions in good time' } },
    'sat-access': { label: { en: 'Overall, how satisfied are you with access to the service?' } },
    'sat-procedures': { label: { en: 'Overall, how satisfied are you with the administrative procedure?' } },
    'sat-servants': { label: { en: 'Overall, how satisfied are you with the public servants who handled your case?' } },
    'sat-results': { label: { en: 'Overall, how satisfied are you with the result of the procedure?' } },
    'sat-feedback': {
      label: { en: 'Overall, how satisfied are you with the handling of comments, feedback and petitions?' },
    },
    'sat-overall': { label: { en: 'Overall, how satisfied are you with the agency’s service in handling this procedure?' } },
    expectations: {
      label: { en: 'What should the agency improve first? (choose up to 3)' },
      options: {
        'simplify-procedures': { en: 'Simplify administrative procedures further' },
        'shorten-time': { en: 'Shorten processing time' },
        'servant-attitude': { en: 'Improve public servants’ attitude' },
        'servant-competence': { en: 'Improve public servants’ competence' },
        facilities: { en: 'Improve the premises and equipment where dossiers are received' },
        information: { en: 'Offer more ways to get information' },
        'feedback-handling': { en: 'Improve the handling of comments, feedback and petitions' },
        'online-services': { en: 'Expand online public services' },
        other: { en: 'Other (please specify)' },
      },
    },
    'expectations-other': { label: { en: 'Other thing to improve' } },
    comment: {
      label: { en: 'Other comments (please be specific)' },
      hint: { en: 'Please do not write your name, phone number or ID number: the survey is anonymous.' },
    },
    'respondent-type': {
      label: { en: 'You are answering as' },
      options: { individual: { en: 'An individual' }, organisation: { en: 'An organisation’s representative' } },
    },
    gender: { label: { en: 'Gender' }, options: { male: { en: 'Male' }, female: { en: 'Female' } } },
    age: {
      label: { en: 'Age' },
      options: {
        'under-25': { en: 'Under 25' },
        '25-34': { en: '25–34' },
        '35-49': { en: '35–49' },
        '50-60': { en: '50–60' },
        'over-60': { en: 'Over 60' },
      },
    },
    ethnicity: { label: { en: 'Ethnic group' }, options: { kinh: { en: 'Kinh' }, other: { en: 'Other' } } },
    education: {
      label: { en: 'Education' },
      options: {
        primary: { en: 'Primary school' },
        'lower-secondary': { en: 'Lower secondary school' },
        'upper-secondary': { en: 'Upper secondary school' },
        vocational: { en: 'Vocational school or college' },
        university: { en: 'University' },
        postgraduate: { en: 'Postgraduate' },
      },
    },
    occupation: {
      label: { en: 'Occupation' },
      options: {
        retired: { en: 'Retired' },
        'not-working': { en: 'Not working (at home)' },
        freelance: { en: 'Self-employed (no labour contract)' },
        student: { en: 'Student' },
        'private-sector': { en: 'Working in a private organisation or business' },
        'public-sector': { en: 'Working in a public agency, organisation or enterprise' },
        other: { en: 'Other' },
      },
    },
  },
};
