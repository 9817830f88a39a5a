// The floor: the questionnaire drawn with plain DOM calls, no library and no CSS.
// `window.benchQuestionnaire` (the data, see questionnaire-formats.mjs) is prepended to this file when served.
(() => {
  const questionnaire = window.benchQuestionnaire;
  const instances = Number(document.currentScript.dataset.instances);

  const element = (tag, text) => {
    const node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  };

  function renderItem(item, prefix) {
    const name = `${prefix}-${item.id}`;
    if (item.kind === 'text' || item.kind === 'textarea') {
      const label = element('label', item.label);
      const field = element(item.kind === 'textarea' ? 'textarea' : 'input');
      field.name = name;
      label.append(field);
      return label;
    }
    const fieldset = element('fieldset');
    fieldset.append(element('legend', item.label));
    for (const option of item.options) {
      const label = element('label');
      const input = element('input');
      input.type = item.kind;
      input.name = name;
      input.value = String(option.value);
      label.append(input, option.text);
      fieldset.append(label);
    }
    return fieldset;
  }

  function renderQuestionnaire(prefix) {
    const form = element('form');
    form.append(element('h2', questionnaire.title));
    for (const section of questionnaire.sections) {
      const part = element('section');
      part.append(element('h3', section.title));
      for (const item of section.items) part.append(renderItem(item, prefix));
      form.append(part);
    }
    form.append(element('button', 'Gửi phiếu'));
    return form;
  }

  for (let i = 0; i < instances; i++) document.body.append(renderQuestionnaire(`s${i}`));
})();
