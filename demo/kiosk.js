// The kiosk page: a tablet at "Quầy 3" in portrait. Which questionnaire, language and idle action come from the
// address (kiosk.html?questionnaire=sipas-2017&lang=en), as a counter's set-up would fix them once.
const params = new URLSearchParams(location.search);
const kiosk = document.getElementById('kiosk');
const choices = {
  questionnaire: ['dvc-online', 'sipas-2017'],
  lang: ['vi', 'en'],
  'idle-action': ['discard', 'submit'],
};
for (const [name, allowed] of Object.entries(choices)) {
  const value = allowed.includes(params.get(name)) ? params.get(name) : allowed[0];
  document.getElementById(name).value = value;
  if (name === 'lang') {
    kiosk.lang = value;
    document.documentElement.lang = value;
  } else kiosk.setAttribute(name, value);
}
const english = document.documentElement.lang === 'en';
if (english) {
  document.getElementById('agency').textContent = 'Phú An commune · Public administration service centre';
  document.getElementById('desk-name').textContent = 'Desk 3';
  document.getElementById('setup-title').textContent = 'Counter set-up (demo page)';
  document.title = 'Desk 3 — Rate our service (tablet at the counter)';
}

// The host's view of turnover: one count per form cleared, by reason (sipas-reset).
const counts = { submitted: 0, idle: 0, api: 0 };
const turnover = document.getElementById('turnover');
kiosk.addEventListener('sipas-reset', (event) => {
  counts[event.detail.reason] += 1;
  const total = counts.submitted + counts.idle + counts.api;
  turnover.value = english ? `${total} (${counts.submitted} sent, ${counts.idle} left)` : `${total} (${counts.submitted} gửi, ${counts.idle} bỏ dở)`;
});
