// The demo portal's own script: shows every event the widget emits, and a few controls to try it.
const survey = document.getElementById('survey');
const log = document.getElementById('log');

function show(event) {
  const item = document.createElement('li');
  const title = document.createElement('p');
  title.className = 'event-name';
  title.textContent = `${new Date().toLocaleTimeString('vi-VN')} · ${event.type}`;
  const body = document.createElement('pre');
  body.textContent = JSON.stringify(event.detail, null, 2);
  item.append(title, body);
  log.prepend(item);
}

for (const type of ['sipas-submit', 'sipas-change', 'sipas-error']) survey.addEventListener(type, show);

document.getElementById('lang').addEventListener('change', (event) => {
  survey.lang = event.target.value;
  document.documentElement.lang = event.target.value;
});
document.getElementById('reset').addEventListener('click', () => survey.reset());
document.getElementById('clear-log').addEventListener('click', () => log.replaceChildren());
