// The CDN bundle's entry: the define entry with the default questionnaire (in Vietnamese) in the same file, so a
// page shows it without a second request after the bundle (one round trip less on a slow mobile network). Its
// English and other questionnaires stay chunks loaded on demand; the npm build (dist/define.js) keeps every
// questionnaire lazy.
import './definitions/sipas-2017-vi.js';

export * from './define.js';
