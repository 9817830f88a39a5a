// The default questionnaire as each benchmark renderer consumes it, generated from our definition so that
// all renderers show the same questions, options and texts.
import { localize, visibleItems } from '../dist/model/index.js';
import { answerOptions } from '../dist/model/items.js';

const LOCALE = 'vi';

/** Items shown before any answer (e.g. 5.2–5.4 wait for the feedback gate), in questionnaire order. */
function initiallyShown(definition) {
  return new Set(visibleItems(definition, {}));
}

function optionsOf(definition, item) {
  if (item.type === 'text') return [];
  return answerOptions(definition, item).map(({ answer, label }) => ({ value: answer, text: localize(label, LOCALE, definition.defaultLocale) }));
}

/** How many form controls (radios, checkboxes, text fields) one rendered questionnaire holds at start. */
export function controlsPerQuestionnaire(definition) {
  let count = 0;
  for (const item of initiallyShown(definition)) count += item.type === 'text' ? 1 : optionsOf(definition, item).length;
  return count;
}

/** The questionnaire for the hand-written DOM baseline: only what it draws at start, in Vietnamese. */
export function toBaselineQuestionnaire(definition) {
  const text = (t) => localize(t, LOCALE, definition.defaultLocale);
  const shown = initiallyShown(definition);
  return {
    title: text(definition.title),
    sections: definition.sections.map((section) => ({
      title: text(section.title),
      items: section.items
        .filter((item) => shown.has(item))
        .map((item) => ({
          id: item.id,
          label: `${item.number ? `${item.number}. ` : ''}${text(item.label)}`,
          kind: item.type === 'text' ? (item.multiline ? 'textarea' : 'text') : item.type === 'choice' && item.multiple ? 'checkbox' : 'radio',
          options: optionsOf(definition, item),
        })),
    })),
  };
}

/** A SurveyJS visibleIf expression equivalent to one of our visibility rules. */
function surveyJsCondition(definition, rule) {
  const source = definition.sections.flatMap((s) => s.items).find((item) => item.id === rule.item);
  const values = rule.anyOf.map((value) => JSON.stringify(value).replaceAll('"', "'"));
  const test = source.type === 'choice' && source.multiple ? (v) => `{${rule.item}} contains ${v}` : (v) => `{${rule.item}} = ${v}`;
  return values.map(test).join(' or ');
}

function toSurveyJsQuestion(definition, item) {
  const text = (t) => localize(t, LOCALE, definition.defaultLocale);
  const question = {
    name: item.id,
    title: `${item.number ? `${item.number}. ` : ''}${text(item.label)}`,
    isRequired: item.required,
    ...(item.hint ? { description: text(item.hint) } : {}),
    ...(item.visibleIf ? { visibleIf: surveyJsCondition(definition, item.visibleIf) } : {}),
  };
  if (item.type === 'text') return { ...question, type: item.multiline ? 'comment' : 'text', maxLength: item.maxLength };
  const choices = optionsOf(definition, item);
  if (item.type === 'choice' && item.multiple) {
    return { ...question, type: 'checkbox', choices, ...(item.maxChoices ? { maxSelectedChoices: item.maxChoices } : {}) };
  }
  return { ...question, type: 'radiogroup', choices };
}

/** The same questionnaire as a SurveyJS survey JSON: one page, a panel per section, native radios and checkboxes. */
export function toSurveyJsJson(definition) {
  const text = (t) => localize(t, LOCALE, definition.defaultLocale);
  return {
    locale: LOCALE,
    title: text(definition.title),
    ...(definition.description ? { description: text(definition.description) } : {}),
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'questionnaire',
        elements: definition.sections.map((section) => ({
          type: 'panel',
          name: section.id,
          title: text(section.title),
          ...(section.description ? { description: text(section.description) } : {}),
          elements: section.items.map((item) => toSurveyJsQuestion(definition, item)),
        })),
      },
    ],
  };
}
