// The paper-form page: which questionnaire and language to print come from the address
// (phieu.html?questionnaire=sipas-2022&lang=en), so a printed link always gives the same sheet.
const params = new URLSearchParams(location.search);
// The commune's own questionnaires are JSON files beside the page; the others are built in.
const ownQuestionnaires = { 'thon-phu-an': './questionnaires/thon-phu-an.json' };

const questionnaire = params.get('questionnaire') || 'sipas-2017';
const lang = params.get('lang') === 'en' ? 'en' : 'vi';
const paper = Object.assign(document.createElement('sipas-survey'), { id: 'paper', layout: 'print', headingLevel: 1, agencyName: 'UBND xã Phú An' });
if (Object.hasOwn(ownQuestionnaires, questionnaire)) paper.src = ownQuestionnaires[questionnaire];
else paper.questionnaire = questionnaire;
paper.lang = lang;
document.getElementById('paper-frame').append(paper);

for (const [id, value] of [['questionnaire', questionnaire], ['lang', lang]]) document.getElementById(id).value = value;
document.getElementById('print').addEventListener('click', () => window.print());
