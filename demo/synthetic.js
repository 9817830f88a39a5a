// Deterministic synthetic SIPAS responses for the demo, the benchmark and the tests. Plain ESM: runs in Node
// and in the browser. Driven by the definition's data (scoring roles, scales, visibility rules), so it works
// for any questionnaire. Satisfaction varies realistically: by agency, element, channel, month and person.

/** A small, fast seeded generator (mulberry32): the same seed gives the same sample everywhere. */
export function createRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Illustrative agencies with codes of the two-tier structure since 1 July 2025 (`H29` a province, `H29.15` one of its
 * departments, `H29.100` a commune or ward; the numbers are made up); `quality` is the share of satisfied answers it
 * tends to get.
 */
export const SYNTHETIC_AGENCIES = [
  { agencyCode: 'H29.100', agencyName: 'UBND xã Phú An', quality: 0.86 },
  { agencyCode: 'H29.101', agencyName: 'UBND phường Mỹ Phước', quality: 0.79 },
  { agencyCode: 'H29.102', agencyName: 'UBND xã An Tây', quality: 0.7 },
  { agencyCode: 'H29.15', agencyName: 'Sở Tư pháp', quality: 0.82 },
];

/** Free-text comments as citizens write them (made up, anonymous). */
export const SYNTHETIC_COMMENTS = [
  'Cán bộ hướng dẫn nhiệt tình.',
  'Phải đi lại nhiều lần mới bổ sung đủ hồ sơ, đề nghị ghi rõ giấy tờ cần nộp ngay từ đầu.',
  'Chỗ ngồi chờ ít, buổi sáng rất đông.',
  'Nộp trực tuyến nhanh, nhưng vẫn phải lên xã ký bản giấy.',
  'Thời gian trả kết quả đúng hẹn, cảm ơn.',
  'Nên có thêm quầy vào chiều thứ Bảy cho người đi làm.',
];

/**
 * Former communes and the commune they were merged into on 1 July 2025 (codes and names made up, on the pattern of
 * the two-tier structure): the demo's two-year sample has their responses under the old codes until 30 June 2025.
 */
export const SYNTHETIC_MERGER = {
  into: { agencyCode: 'H29.100', agencyName: 'UBND xã Phú An', quality: 0.84 },
  former: [
    { agencyCode: 'H29.210', agencyName: 'UBND xã Phú An (cũ)', quality: 0.8 },
    { agencyCode: 'H29.211', agencyName: 'UBND xã An Điền', quality: 0.74 },
    { agencyCode: 'H29.212', agencyName: 'UBND xã An Tây', quality: 0.69 },
  ],
};

/** The crosswalk of the merger: each former code, the new code and the new commune's name (as `--recode` reads it). */
export const SYNTHETIC_CROSSWALK = SYNTHETIC_MERGER.former.map((unit) => ({ from: unit.agencyCode, to: SYNTHETIC_MERGER.into.agencyCode, name: SYNTHETIC_MERGER.into.agencyName }));

/** Illustrative procedures (codes as on the national procedure database where known); `quality` shifts satisfaction. */
export const SYNTHETIC_PROCEDURES = [
  { procedureCode: '1.001193', procedureName: 'Đăng ký khai sinh', field: 'Hộ tịch', quality: 0.04, weight: 5 },
  { procedureCode: '1.000894', procedureName: 'Đăng ký kết hôn', field: 'Hộ tịch', quality: 0.03, weight: 2 },
  { procedureCode: '2.000815', procedureName: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', quality: 0.05, weight: 6 },
  { procedureCode: '1.009974', procedureName: 'Cấp giấy phép xây dựng nhà ở riêng lẻ', field: 'Xây dựng', quality: -0.12, weight: 2 },
  { procedureCode: '1.004227', procedureName: 'Đăng ký biến động đất đai', field: 'Đất đai', quality: -0.15, weight: 2 },
];

const CHANNEL_WEIGHTS = [
  ['in-person', 60, 0],
  ['online', 35, -0.03],
  ['postal', 5, -0.05],
];

/** How elements tend to differ from an agency's level (feedback handling is the weakest, as nationally). */
const ELEMENT_SHIFT = { access: 0.02, procedures: -0.03, servants: 0.03, results: 0.02, feedback: -0.08 };

/** How often each improvement is asked for (SIPAS 2019 reported the first two far ahead of the others). */
const EXPECTATION_WEIGHT = { 'simplify-procedures': 44, 'shorten-time': 43, 'servant-competence': 9, 'servant-attitude': 6, 'online-services': 14, information: 8, facilities: 7, 'feedback-handling': 5, other: 2 };

function pickWeighted(random, entries, weightOf) {
  const total = entries.reduce((sum, entry) => sum + weightOf(entry), 0);
  let r = random() * total;
  for (const entry of entries) {
    r -= weightOf(entry);
    if (r < 0) return entry;
  }
  return entries[entries.length - 1];
}

const clamp = (value, low, high) => Math.min(high, Math.max(low, value));

/** A normally distributed draw (Box–Muller). */
function gaussian(random) {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

function uuid(random) {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)];
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** A code of `scale` for someone satisfied with probability `q`: a satisfied code, else mostly the nearest other one. */
function ratingCode(random, scale, q) {
  const satisfied = scale.satisfiedCodes;
  const others = scale.options.map((o) => o.code).filter((code) => !satisfied.includes(code)).sort((a, b) => b - a);
  if (others.length === 0 || random() < q) {
    const sorted = [...satisfied].sort((a, b) => a - b);
    // The more satisfied, the likelier the top code.
    return random() < q * 0.55 ? sorted[sorted.length - 1] : sorted[0];
  }
  return others[Math.min(others.length - 1, Math.floor(-Math.log(1 - random()) * 0.6))];
}

/**
 * `count` responses to `definition`, deterministic for a seed. `start` is the first day (ISO date) and
 * `months` how many months they spread over; `textHash(locale)` gives the wording hash (a placeholder by default).
 */
export function* syntheticResponses({ definition, count, seed = 1, start = '2026-01-01', months = 6, textHash = () => '0000000000000000', agencies = SYNTHETIC_AGENCIES }) {
  const random = createRandom(seed);
  const scales = new Map(definition.scales.map((scale) => [scale.id, scale]));
  const gates = new Set(definition.sections.flatMap((s) => s.items).flatMap((item) => (item.visibleIf ? [item.visibleIf.item] : [])));
  const itemShift = new Map();
  const startTime = Date.parse(`${start}T00:00:00+07:00`);
  const hashes = new Map();
  for (let i = 0; i < count; i++) {
    const agency = agencies[Math.floor(random() * agencies.length)];
    const procedure = pickWeighted(random, SYNTHETIC_PROCEDURES, (p) => p.weight);
    const [channel, , channelShift] = pickWeighted(random, CHANNEL_WEIGHTS, (c) => c[1]);
    const month = Math.floor(random() * months);
    const day = new Date(startTime);
    day.setUTCMonth(day.getUTCMonth() + month);
    // `day` is local midnight; office hours are 7:30 to 17:00, on days 1 to 28.
    const submitted = day.getTime() + Math.floor(random() * 28) * 86_400_000 + (450 + Math.floor(random() * 570)) * 60_000 + Math.floor(random() * 60_000);
    const mood = gaussian(random) * 0.08;
    const base = agency.quality + procedure.quality + channelShift + month * 0.008 + mood;
    const answers = {};
    const respondent = {};
    for (const section of definition.sections) {
      for (const item of section.items) {
        if (item.visibleIf) {
          const gate = answers[item.visibleIf.item];
          const shown = gate !== undefined && (Array.isArray(gate) ? gate : [gate]).some((v) => item.visibleIf.anyOf.includes(v));
          if (!shown) continue;
        }
        const target = section.kind === 'respondent' ? respondent : answers;
        const role = item.scoring;
        if (item.type === 'rating') {
          if (!itemShift.has(item.id)) itemShift.set(item.id, (random() - 0.5) * 0.08);
          const shift = (role && 'element' in role ? (ELEMENT_SHIFT[role.element] ?? 0) : 0) + itemShift.get(item.id);
          const q = role?.role === 'expectation' ? 0.45 + itemShift.get(item.id) * 3 : base + shift + gaussian(random) * 0.05;
          target[item.id] = ratingCode(random, scales.get(item.scale), clamp(q, 0.03, 0.99));
        } else if (item.type === 'choice' && item.multiple) {
          if (!item.required && random() < 0.25) continue;
          const max = Math.min(item.maxChoices ?? 3, item.options.length);
          const wanted = 1 + Math.floor(random() * max);
          const chosen = new Set();
          while (chosen.size < wanted) chosen.add(pickWeighted(random, item.options, (o) => EXPECTATION_WEIGHT[o.value] ?? 8).value);
          target[item.id] = item.options.map((o) => o.value).filter((v) => chosen.has(v));
        } else if (item.type === 'choice') {
          if (section.kind === 'respondent' && random() < 0.4) continue;
          // Gates (e.g. "did you give feedback?") open for about a quarter of people.
          const gated = gates.has(item.id) ? definition.sections.flatMap((s) => s.items).find((x) => x.visibleIf?.item === item.id).visibleIf.anyOf : undefined;
          const open = random() < 0.27;
          const options = gated ? item.options.filter((o) => gated.includes(o.value) === open) : item.options;
          target[item.id] = options[Math.floor(random() * options.length)]?.value ?? item.options[0].value;
        } else if (item.required || random() < 0.08) {
          target[item.id] = item.required ? 'Bãi giữ xe' : SYNTHETIC_COMMENTS[Math.floor(random() * SYNTHETIC_COMMENTS.length)];
        }
      }
    }
    const locale = random() < 0.95 ? 'vi' : 'en';
    if (!hashes.has(locale)) hashes.set(locale, textHash(locale));
    yield {
      schemaVersion: 1,
      responseId: uuid(random),
      questionnaire: { id: definition.id, version: definition.version, textHash: hashes.get(locale) },
      locale,
      startedAt: new Date(submitted - (90 + Math.floor(random() * 300)) * 1000).toISOString(),
      submittedAt: new Date(submitted).toISOString(),
      context: { agencyCode: agency.agencyCode, agencyName: agency.agencyName, procedureCode: procedure.procedureCode, procedureName: procedure.procedureName, field: procedure.field, channel },
      answers,
      ...(Object.keys(respondent).length > 0 ? { respondent } : {}),
    };
  }
}

/**
 * The demo's two-year sample (January 2025 to October 2026): until 30 June 2025 the three former communes answer
 * under their own codes, from 1 July 2025 under the merged commune's; a ward and a provincial department throughout.
 */
export function* twoYearSample({ definition, count, seed = 2025, textHash }) {
  const others = SYNTHETIC_AGENCIES.filter((a) => a.agencyCode === 'H29.101' || a.agencyCode === 'H29.15');
  const before = Math.round(count * 0.27);
  yield* syntheticResponses({ definition, count: before, seed, start: '2025-01-01', months: 6, textHash, agencies: [...SYNTHETIC_MERGER.former, ...others] });
  yield* syntheticResponses({ definition, count: count - before, seed: seed + 1, start: '2025-07-01', months: 16, textHash, agencies: [SYNTHETIC_MERGER.into, ...others] });
}
