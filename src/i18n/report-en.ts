import type { ReportStrings } from './report-strings.js';

export const reportEn: ReportStrings = {
  locale: 'en',
  decimalSeparator: '.',
  title: 'Satisfaction index of public administrative services',
  sections: { summary: 'Summary', elements: 'Elements', criteria: 'Criteria, weakest first', expectations: 'What people want improved, ranked' },
  columns: { indicator: 'Indicator', value: 'Value (%)', n: 'n', note: 'Note' },
  sipas: 'SIPAS: mean of the element satisfaction indices',
  overall: 'Share satisfied on the overall question',
  evaluation: 'Mean of the element evaluation indices',
  elementSatisfaction: (element) => `${element}: satisfaction index`,
  elementEvaluation: (element) => `${element}: evaluation index`,
  lowN: (minN) => `n < ${minN}, not reliable`,
  lowNLegend: (minN) => `Indices over fewer than ${minN} valid answers are marked as not reliable.`,
  responses: (count) => `${count.toLocaleString('en-GB')} ${count === 1 ? 'response' : 'responses'}`,
  noData: 'There are no responses to compute an index from yet.',
  rejected: (count) => `${count.toLocaleString('en-GB')} invalid ${count === 1 ? 'response' : 'responses'}, not counted`,
  rejectReasons: {
    'line-too-long': 'line too long',
    'not-json': 'not JSON',
    'invalid-response': 'not a valid response',
    'unknown-questionnaire': 'unknown questionnaire',
    'answers-mismatch': 'answers do not fit the questionnaire',
  },
  period: 'Period',
  allQuestionnaires: 'Questionnaire',
  group: 'Group',
  chartLabel: (title) => `Bar chart: satisfaction index of each element, ${title}. The table below holds the same figures.`,
  chartTitle: 'Satisfaction index by element (%)',
  exportCsv: 'Download the table (CSV)',
  exportSvg: 'Download the chart (SVG)',
  exportPng: 'Download the chart (PNG)',
  pngUnavailable: 'Could not make the PNG on this page (its Content-Security-Policy blocks data: images). Download the chart as SVG instead.',
  missingValue: '—',
  wording: (level, source) =>
    `Questionnaire wording: ${
      {
        verified: 'as in the official text',
        transcribed: 'transcribed from a public transcription of the national form',
        reconstructed: 'reconstructed on the official structure; it may differ from the original form',
        ours: 'written by the agency',
      }[level]
    }. Source: ${source}.`,
};
