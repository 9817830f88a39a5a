// Side-effect free: importing this registers nothing. Import `sipas-survey/define.js` to register the tag.
export { SipasSurvey } from './components/sipas-survey.js';
export * from './events/index.js';
export * from './schema/index.js';
export * from './model/index.js';
export { builtInDefinitions, DEFAULT_QUESTIONNAIRE_ID, sipas2017 } from './definitions/index.js';
export { uiStrings, stringsFor, type UiStrings } from './i18n/index.js';
