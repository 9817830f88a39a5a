// SurveyJS as a portal uses it: the UMD bundles loaded by <script>, then one model rendered per container.
// `window.benchSurveyJson` (generated from our definition, see questionnaire-formats.mjs) is prepended when served.
(() => {
  const instances = Number(document.currentScript.dataset.instances);
  for (let i = 0; i < instances; i++) {
    const container = document.createElement('div');
    document.body.append(container);
    const survey = new Survey.Model(window.benchSurveyJson);
    survey.locale = 'vi';
    survey.render(container);
  }
})();
