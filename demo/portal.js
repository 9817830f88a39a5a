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

const events = ['sipas-submit', 'sipas-change', 'sipas-error', 'sipas-draft-restored', 'sipas-delivered', 'sipas-delivery-failed'];
for (const type of events) survey.addEventListener(type, show);

// The test switches. Each applies its select's value at once and on every change: a browser that restores form
// values on reload then shows the page as its controls say. The portal's own text stays Vietnamese, so only the
// survey's lang changes, never the document's.
const frame = document.getElementById('survey-frame');
const switches = {
  lang: (value) => (survey.lang = value),
  // The portal follows the same choice as the survey; without data-theme, portal.css follows the system.
  theme: (value) => {
    survey.theme = value;
    if (value === 'auto') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = value;
  },
  // portal.css sizes the survey from this attribute: the strict CSP blocks inline style attributes.
  width: (value) => {
    if (value) frame.dataset.width = value;
    else delete frame.dataset.width;
  },
  layout: (value) => (survey.layout = value),
};
for (const [id, apply] of Object.entries(switches)) {
  const select = document.getElementById(id);
  apply(select.value);
  select.addEventListener('change', () => apply(select.value));
}
document.getElementById('reset').addEventListener('click', () => survey.reset());
document.getElementById('clear-log').addEventListener('click', () => log.replaceChildren());

// The reference receiver (server/receiver.mjs): how many responses it stored, and its "flaky backend" switch. Both
// need the operator token, which the demo server puts in the page (never in a URL).
const operator = { Authorization: `Bearer ${document.querySelector('meta[name="sipas-receiver-token"]')?.content ?? ''}` };
const storedCount = document.getElementById('stored-count');
const flaky = document.getElementById('flaky');
async function refreshStats() {
  try {
    const stats = await (await fetch('/api/stats', { headers: operator })).json();
    storedCount.textContent = String(stats.count);
    flaky.checked = stats.flaky;
  } catch {
    storedCount.textContent = '?';
  }
}
flaky.addEventListener('change', async () => {
  await fetch('/api/flaky', { method: 'POST', headers: { ...operator, 'Content-Type': 'application/json' }, body: JSON.stringify({ on: flaky.checked }) });
  await refreshStats();
});
survey.addEventListener('sipas-delivered', refreshStats);
void refreshStats();
