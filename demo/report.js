// The report page: reads the reference receiver's stored responses (NDJSON) and shows them in <sipas-report>, per
// agency and period, the three communes merged on 1 July 2025 recoded to the new commune by a crosswalk (CSV).
// A button fills the store with a deterministic two-year sample, so a newcomer sees a meaningful report at once.
import { builtInDefinitions, parseCrosswalk, wordingHash } from '/dist/sipas-report.min.js';
import { twoYearSample } from './synthetic.js';

const report = document.getElementById('report');
const status = document.getElementById('status');
const fill = document.getElementById('fill');
// Reading the stored responses needs the operator token, which the demo server puts in the page (never in a URL).
const operator = { Authorization: `Bearer ${document.querySelector('meta[name="sipas-receiver-token"]')?.content ?? ''}` };

async function loadCrosswalk() {
  const reply = await fetch('./sap-nhap-2025.csv');
  if (!reply.ok) throw new Error(`sap-nhap-2025.csv: ${reply.status}`);
  report.crosswalk = parseCrosswalk(await reply.text());
}

async function load() {
  status.textContent = 'Đang tải phiếu khảo sát…';
  const reply = await fetch('/api/responses', { headers: operator });
  if (!reply.ok) throw new Error(`GET /api/responses: ${reply.status}`);
  const text = await reply.text();
  // Kept as text lines: the report parses and checks each one, so a bad stored line is counted, not fatal.
  report.responses = text.split('\n').filter((line) => line.trim() !== '').map((line) => {
    try {
      return JSON.parse(line);
    } catch {
      return line;
    }
  });
  status.textContent = `${report.responses.length.toLocaleString('vi-VN')} phiếu trong kho.`;
}

async function fillSample() {
  fill.disabled = true;
  try {
    status.textContent = 'Đang tạo và gửi phiếu mẫu…';
    const definition = await builtInDefinitions['sipas-2017']();
    const responses = twoYearSample({ definition, count: 6000, textHash: (locale) => wordingHash(definition, locale) });
    const body = [...responses].map((r) => `${JSON.stringify(r)}\n`).join('');
    const reply = await fetch('/api/responses', { method: 'POST', headers: { 'Content-Type': 'application/x-ndjson' }, body });
    const outcome = await reply.json();
    if (!reply.ok) throw new Error(`POST /api/responses: ${reply.status} ${JSON.stringify(outcome)}`);
    await load();
    status.textContent += ` Vừa nhận: ${outcome.accepted} mới, ${outcome.duplicates} trùng, ${outcome.rejectedCount} bị từ chối.`;
  } finally {
    fill.disabled = false;
  }
}

const fail = (error) => (status.textContent = `Lỗi: ${error.message}`);
fill.addEventListener('click', () => fillSample().catch(fail));
document.getElementById('reload').addEventListener('click', () => load().catch(fail));
document.getElementById('lang').addEventListener('change', (event) => {
  document.documentElement.lang = event.target.value;
});
document.getElementById('period').addEventListener('change', (event) => {
  report.period = event.target.value;
});
loadCrosswalk()
  .then(load)
  .catch(fail);
