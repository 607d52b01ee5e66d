// Fixtures for the mock API server: a few short Arabic articles written for rasad's
// dashboard tests, with hand-coded events. Spans are not typed in by hand: each event
// names the text of its trigger / actors / place and the sentence it is in, and
// buildFixtures() finds them and computes [start, end) UTF-8 BYTE offsets, as the
// event record contract requires (document[start:end] == text).

import { createHash } from 'node:crypto';

const ACTORS = {
  LBY_GNA: { name_en: 'Government of National Accord', name_ar: 'حكومة الوفاق الوطني', country: 'LBY', sector: 'GOV' },
  LBY_LNA: { name_en: 'Libyan National Army (Haftar)', name_ar: 'قوات حفتر', country: 'LBY', sector: 'MIL' },
  LBY_UAF: { name_en: 'Libyan fighters', name_ar: 'مقاتلون ليبيون', country: 'LBY', sector: 'UAF' },
  IGO_UN: { name_en: 'United Nations', name_ar: 'الأمم المتحدة', country: null, sector: 'IGO' },
  TUR: { name_en: 'Turkey', name_ar: 'تركيا', country: 'TUR', sector: null },
  SYRMIL: { name_en: 'Syrian government forces', name_ar: 'القوات الحكومية السورية', country: 'SYR', sector: 'MIL' },
  SYRCVL: { name_en: 'Syrian civilians', name_ar: 'مدنيون سوريون', country: 'SYR', sector: 'CVL' },
  YEMGOV: { name_en: 'Yemeni government', name_ar: 'الحكومة اليمنية', country: 'YEM', sector: 'GOV' },
  YEM_HOUTHI: { name_en: 'Houthis (Ansar Allah)', name_ar: 'الحوثيون', country: 'YEM', sector: 'REB' },
  YEMCVL: { name_en: 'Yemeni civilians', name_ar: 'مدنيون يمنيون', country: 'YEM', sector: 'CVL' },
  SAU: { name_en: 'Saudi Arabia', name_ar: 'السعودية', country: 'SAU', sector: null },
  SDNMIL: { name_en: 'Transitional Military Council', name_ar: 'المجلس العسكري الانتقالي', country: 'SDN', sector: 'MIL' },
  SDN_FFC: { name_en: 'Forces of Freedom and Change', name_ar: 'قوى الحرية والتغيير', country: 'SDN', sector: 'OPP' },
  SDN: { name_en: 'Sudan', name_ar: 'السودان', country: 'SDN', sector: null },
  IGO_AU: { name_en: 'African Union', name_ar: 'الاتحاد الأفريقي', country: null, sector: 'IGO' },
  TUNCOP: { name_en: 'Tunisian police', name_ar: 'الشرطة التونسية', country: 'TUN', sector: 'COP' },
  TUNGOV: { name_en: 'Tunisian government', name_ar: 'الحكومة التونسية', country: 'TUN', sector: 'GOV' },
};

const PLACES = {
  Gharyan: { name_ar: 'غريان', country: 'LBY', admin1: 'Jabal al Gharbi District', lat: 32.1722, lon: 13.0203, geonameid: 2217362, precision: 'city' },
  Tripoli: { name_ar: 'طرابلس', country: 'LBY', admin1: 'Tripoli', lat: 32.8874, lon: 13.1873, geonameid: 2210247, precision: 'city' },
  'Khan Shaykhun': { name_ar: 'خان شيخون', country: 'SYR', admin1: 'Idlib Governorate', lat: 35.4421, lon: 36.651, geonameid: 168325, precision: 'city' },
  Idlib: { name_ar: 'إدلب', country: 'SYR', admin1: 'Idlib Governorate', lat: 35.9306, lon: 36.6339, geonameid: 169389, precision: 'city' },
  Syria: { name_ar: 'سوريا', country: 'SYR', admin1: null, lat: 35.0, lon: 38.5, geonameid: 163843, precision: 'country' },
  'Al Hudaydah': { name_ar: 'الحديدة', country: 'YEM', admin1: 'Al Hudaydah', lat: 14.7978, lon: 42.9545, geonameid: 79415, precision: 'city' },
  Aden: { name_ar: 'عدن', country: 'YEM', admin1: 'Aden Governorate', lat: 12.7794, lon: 45.0367, geonameid: 415189, precision: 'city' },
  Khartoum: { name_ar: 'الخرطوم', country: 'SDN', admin1: 'Khartoum', lat: 15.5518, lon: 32.5324, geonameid: 379252, precision: 'city' },
  Tunis: { name_ar: 'تونس', country: 'TUN', admin1: 'Tūnis', lat: 36.819, lon: 10.1658, geonameid: 2464470, precision: 'city' },
};

// Each event: s = sentence index; trigger/src/tgt/place = the exact text (first occurrence
// inside that sentence, or [text, nth] for a later one).
const DOCS = [
  {
    id: 'ليبيا-غريان-2019', // an Arabic doc id on purpose: clients must URL-encode it
    title: 'قوات الوفاق تستعيد غريان',
    date: '2019-06-26',
    source: 'rasad-fixture',
    url: 'https://example.org/ly-gharyan',
    text: 'سيطرت قوات حكومة الوفاق الوطني على مدينة غريان بعد معارك عنيفة مع قوات حفتر. وقتل ثمانية مقاتلين على الأقل في اشتباكات جنوب طرابلس. ودعت بعثة الأمم المتحدة الطرفين إلى وقف إطلاق النار فورا. واتهم المتحدث باسم قوات حفتر تركيا بتزويد حكومة الوفاق بطائرات مسيرة.',
    events: [
      { s: 0, event: 'COERCE', mode: 'seize', cameo: '192', goldstein: -9.5, trigger: 'سيطرت', src: ['قوات حكومة الوفاق الوطني', 'LBY_GNA'], tgt: ['قوات حفتر', 'LBY_LNA'], place: ['غريان', 'Gharyan'] },
      { s: 0, event: 'ASSAULT', mode: null, cameo: '190', goldstein: -10, trigger: 'معارك', src: ['قوات حكومة الوفاق الوطني', 'LBY_GNA'], tgt: ['قوات حفتر', 'LBY_LNA'], place: ['غريان', 'Gharyan'] },
      { s: 1, event: 'ASSAULT', mode: 'firearms', cameo: '190', goldstein: -10, trigger: 'قتل', tgt: ['مقاتلين', 'LBY_UAF'], place: ['طرابلس', 'Tripoli'], fatalities: 8 },
      { s: 2, event: 'REQUEST', mode: null, cameo: '0256', goldstein: 3, trigger: 'دعت', src: ['بعثة الأمم المتحدة', 'IGO_UN'], tgt: null, place: null },
      { s: 3, event: 'ACCUSE', mode: null, cameo: '112', goldstein: -2, trigger: 'اتهم', src: ['قوات حفتر', 'LBY_LNA'], tgt: ['تركيا', 'TUR'], place: null, modality: 'asserted' },
    ],
  },
  {
    id: 'tn-tunis-bombings',
    title: 'تفجيران انتحاريان في تونس العاصمة',
    date: '2019-06-27',
    source: 'rasad-fixture',
    url: 'https://example.org/tn',
    text: 'هز تفجيران انتحاريان وسط تونس العاصمة صباح الخميس، وقتل شرطي في الهجوم. ونفت وزارة الداخلية التونسية اعتقال أي مشتبه به حتى الآن.',
    events: [
      { s: 0, event: 'ASSAULT', mode: 'suicide-attack', cameo: '183', goldstein: -10, trigger: 'تفجيران', src: null, tgt: null, place: ['تونس العاصمة', 'Tunis'] },
      { s: 0, event: 'ASSAULT', mode: null, cameo: '190', goldstein: -10, trigger: 'قتل', src: null, tgt: ['شرطي', 'TUNCOP'], place: ['تونس العاصمة', 'Tunis'], fatalities: 1 },
      { s: 1, event: 'COERCE', mode: 'arrest', cameo: '173', goldstein: -5, trigger: 'اعتقال', src: ['وزارة الداخلية التونسية', 'TUNGOV'], tgt: null, place: null, negated: true },
    ],
  },
  {
    id: 'sy-idlib-shelling',
    title: 'قصف على ريف إدلب',
    date: '2019-06-30',
    source: 'rasad-fixture',
    url: 'https://example.org/sy',
    text: 'قصفت القوات الحكومية السورية بلدة خان شيخون في ريف إدلب، ما أدى إلى مقتل خمسة مدنيين. وتظاهر مئات السكان في مدينة إدلب احتجاجا على القصف. وأرسلت تركيا تعزيزات عسكرية إلى الحدود السورية.',
    events: [
      { s: 0, event: 'ASSAULT', mode: 'heavy-weapons', cameo: '194', goldstein: -10, trigger: 'قصفت', src: ['القوات الحكومية السورية', 'SYRMIL'], tgt: ['مدنيين', 'SYRCVL'], place: ['خان شيخون', 'Khan Shaykhun'], fatalities: 5 },
      { s: 1, event: 'PROTEST', mode: 'demo', cameo: '141', goldstein: -6.5, trigger: 'تظاهر', src: ['السكان', 'SYRCVL'], tgt: null, place: ['إدلب', 'Idlib'] },
      { s: 2, event: 'MOBILIZE', mode: 'troops', cameo: '154', goldstein: -7.2, trigger: 'أرسلت', src: ['تركيا', 'TUR'], tgt: null, place: ['السورية', 'Syria'] },
    ],
  },
  {
    id: 'ye-hodeidah-deal',
    title: 'اتفاق لتبادل الأسرى في الحديدة',
    date: '2019-07-02',
    source: 'rasad-fixture',
    url: 'https://example.org/ye',
    text: 'وقعت الحكومة اليمنية وجماعة الحوثي اتفاقا لتبادل الأسرى في مدينة الحديدة برعاية الأمم المتحدة. وقدمت السعودية مساعدات غذائية إلى سكان عدن. وهدد الحوثيون باستهداف المطارات السعودية.',
    events: [
      { s: 0, event: 'AGREE', mode: null, cameo: '057', goldstein: 8, trigger: 'وقعت', src: ['الحكومة اليمنية', 'YEMGOV'], tgt: ['جماعة الحوثي', 'YEM_HOUTHI'], place: ['الحديدة', 'Al Hudaydah'] },
      { s: 1, event: 'AID', mode: null, cameo: '073', goldstein: 7.4, trigger: 'قدمت', src: ['السعودية', 'SAU'], tgt: ['سكان', 'YEMCVL'], place: ['عدن', 'Aden'] },
      { s: 2, event: 'THREATEN', mode: null, cameo: '138', goldstein: -7, trigger: 'هدد', src: ['الحوثيون', 'YEM_HOUTHI'], tgt: ['السعودية', 'SAU'], place: null, modality: 'intended' },
    ],
  },
  {
    id: 'sd-khartoum-talks',
    title: 'محادثات تقاسم السلطة في الخرطوم',
    date: '2019-07-03',
    source: 'rasad-fixture',
    url: 'https://example.org/sd',
    text: 'التقى وفد من المجلس العسكري الانتقالي قادة المعارضة في الخرطوم لبحث تقاسم السلطة. ورفضت قوى الحرية والتغيير مقترح المجلس العسكري. وعلق الاتحاد الأفريقي عضوية السودان حتى تسليم السلطة إلى المدنيين.',
    events: [
      { s: 0, event: 'CONSULT', mode: 'meet', cameo: '043', goldstein: 2.8, trigger: 'التقى', src: ['المجلس العسكري الانتقالي', 'SDNMIL'], tgt: ['قادة المعارضة', 'SDN_FFC'], place: ['الخرطوم', 'Khartoum'] },
      { s: 1, event: 'REJECT', mode: null, cameo: '120', goldstein: -4, trigger: 'رفضت', src: ['قوى الحرية والتغيير', 'SDN_FFC'], tgt: ['المجلس العسكري', 'SDNMIL'], place: null },
      { s: 2, event: 'SANCTION', mode: null, cameo: '160', goldstein: -4, trigger: 'علق', src: ['الاتحاد الأفريقي', 'IGO_AU'], tgt: ['السودان', 'SDN'], place: null },
    ],
  },
];

const enc = new TextEncoder();
export const byteLen = (s) => enc.encode(s).length;

/** Sentences of a text as [{start,end,text}] in BYTES (split after . ! ? ؟ and newlines). */
export function sentences(text) {
  const out = [];
  const re = /[^.!?؟\n]+[.!?؟]*\s*/gu;
  let m;
  while ((m = re.exec(text))) {
    const raw = m[0];
    const trimmed = raw.trimEnd();
    if (!trimmed.trim()) continue;
    const lead = raw.length - raw.trimStart().length;
    const cs = m.index + lead;
    const ce = m.index + trimmed.length;
    out.push({ start: byteLen(text.slice(0, cs)), end: byteLen(text.slice(0, ce)), text: text.slice(cs, ce), cstart: cs, cend: ce });
  }
  return out;
}

/** Byte span of the nth occurrence of needle inside text[cfrom, cto) (string indices). */
export function findSpan(text, needle, cfrom = 0, cto = text.length, nth = 1) {
  let at = cfrom - 1;
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0 || at + needle.length > cto) throw new Error(`fixture: "${needle}" not found in sentence`);
  }
  const start = byteLen(text.slice(0, at));
  return [start, start + byteLen(needle)];
}

function actorObj(text, sent, spec) {
  if (!spec) return null;
  const [surface, id] = Array.isArray(spec) ? spec : [spec, null];
  const a = id ? ACTORS[id] : {};
  const span = findSpan(text, surface, sent.cstart, sent.cend);
  return { text: surface, span, actor_id: id, name_en: a.name_en ?? null, name_ar: a.name_ar ?? null, country: a.country ?? null, sector: a.sector ?? null };
}

function placeObj(text, sent, spec) {
  if (!spec) return null;
  const [surface, name] = spec;
  const p = PLACES[name];
  const span = findSpan(text, surface, sent.cstart, sent.cend);
  return { text: surface, span, name_en: name, name_ar: p.name_ar, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, geonameid: p.geonameid, precision: p.precision };
}

const QUAD = { AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1, REQUEST: 1, COOPERATE: 2, AID: 2, RETREAT: 2, ACCUSE: 3, REJECT: 3, THREATEN: 3, PROTEST: 3, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4 };
export const quadOf = (type) => QUAD[type] ?? 4;

export function buildFixtures() {
  const documents = [];
  const events = [];
  let nextId = 1;
  for (const d of DOCS) {
    const sents = sentences(d.text);
    const docEvents = [];
    d.events.forEach((e, k) => {
      const sent = sents[e.s];
      if (!sent) throw new Error(`fixture ${d.id}: no sentence ${e.s}`);
      const trig = findSpan(d.text, e.trigger, sent.cstart, sent.cend);
      const ev = {
        id: nextId++,
        event_id: createHash('sha256').update(`${d.id}\n${k}`).digest('hex').slice(0, 16),
        doc_id: d.id,
        sentence: e.s,
        date: d.date,
        event: e.event,
        mode: e.mode ?? null,
        cameo: e.cameo,
        quad_class: quadOf(e.event),
        goldstein: e.goldstein,
        source: actorObj(d.text, sent, e.src),
        target: actorObj(d.text, sent, e.tgt),
        location: placeObj(d.text, sent, e.place),
        fatalities: e.fatalities ?? null,
        negated: e.negated ?? false,
        modality: e.modality ?? 'asserted',
        trigger: { text: e.trigger, span: trig },
        evidence: sent.text,
        num_mentions: 1,
        num_articles: 1,
        num_sources: 1,
        dictionary_version: 'mock-fixtures-1',
      };
      docEvents.push(ev);
      events.push(ev);
    });
    documents.push({ id: d.id, title: d.title, date: d.date, source: d.source, url: d.url, text: d.text, events: docEvents });
  }
  selfCheck(documents);
  return { documents, events, actors: ACTORS, places: PLACES };
}

/** Every span must slice the document's UTF-8 bytes to exactly its text. */
export function selfCheck(documents) {
  const dec = new TextDecoder();
  for (const d of documents) {
    const bytes = enc.encode(d.text);
    for (const e of d.events) {
      for (const part of [e.trigger, e.source, e.target, e.location]) {
        if (!part) continue;
        const got = dec.decode(bytes.subarray(part.span[0], part.span[1]));
        if (got !== part.text) throw new Error(`span check failed in ${d.id}: "${got}" != "${part.text}"`);
      }
    }
  }
}

// --- a toy coder for POST /api/code (so the paste panel can be exercised offline) ---

const VERBS = [
  // [stem forms, type, cameo, goldstein, mode]
  [['قصف', 'قصفت', 'قصفوا'], 'ASSAULT', '194', -10, 'heavy-weapons'],
  [['هاجم', 'هاجمت', 'هاجموا', 'استهدف', 'استهدفت'], 'ASSAULT', '190', -10, null],
  [['قتل', 'قتلت'], 'ASSAULT', '190', -10, null],
  [['فجر', 'فجرت', 'تفجير', 'انفجار'], 'ASSAULT', '183', -10, 'explosives'],
  [['تظاهر', 'تظاهرت', 'تظاهروا', 'احتج', 'احتجت'], 'PROTEST', '141', -6.5, 'demo'],
  [['اعتقل', 'اعتقلت', 'اعتقال'], 'COERCE', '173', -5, 'arrest'],
  [['اتهم', 'اتهمت'], 'ACCUSE', '112', -2, null],
  [['هدد', 'هددت'], 'THREATEN', '130', -4.4, null],
  [['التقى', 'التقت', 'اجتمع', 'اجتمعت'], 'CONSULT', '040', 1, 'meet'],
  [['وقع', 'وقعت', 'اتفق', 'اتفقت'], 'AGREE', '057', 8, null],
  [['رفض', 'رفضت'], 'REJECT', '120', -4, null],
  [['دعا', 'دعت', 'طالب', 'طالبت'], 'REQUEST', '020', 3, null],
  [['انسحب', 'انسحبت'], 'RETREAT', '0874', 9, null],
  [['أرسل', 'أرسلت'], 'MOBILIZE', '154', -7.2, 'troops'],
  [['قدم', 'قدمت'], 'AID', '070', 7, null],
];
const TOY_ACTORS = [
  ['القوات الحكومية السورية', 'SYRMIL'],
  ['القوات الحكومية', null, { name_en: 'government forces', name_ar: 'القوات الحكومية', country: null, sector: 'MIL' }],
  ['الجيش', null, { name_en: 'the army', name_ar: 'الجيش', country: null, sector: 'MIL' }],
  ['الشرطة', null, { name_en: 'police', name_ar: 'الشرطة', country: null, sector: 'COP' }],
  ['المتظاهرين', null, { name_en: 'protesters', name_ar: 'المتظاهرون', country: null, sector: 'CVL' }],
  ['المتظاهرون', null, { name_en: 'protesters', name_ar: 'المتظاهرون', country: null, sector: 'CVL' }],
  ['المعارضة', null, { name_en: 'opposition', name_ar: 'المعارضة', country: null, sector: 'OPP' }],
  ['قوات حفتر', 'LBY_LNA'], ['حكومة الوفاق', 'LBY_GNA'], ['الأمم المتحدة', 'IGO_UN'], ['تركيا', 'TUR'],
  ['السعودية', 'SAU'], ['الحوثيون', 'YEM_HOUTHI'], ['الحوثي', 'YEM_HOUTHI'], ['الاتحاد الأفريقي', 'IGO_AU'],
];
const TOY_PLACES = {
  'إدلب': 'Idlib', 'غريان': 'Gharyan', 'طرابلس': 'Tripoli', 'خان شيخون': 'Khan Shaykhun', 'الحديدة': 'Al Hudaydah',
  'عدن': 'Aden', 'الخرطوم': 'Khartoum', 'تونس': 'Tunis',
};

/** Codes text with a toy dictionary; returns EVENTs (no id/counts) with byte spans. */
export function toyCode(text, date, docId = 'pasted') {
  const out = [];
  sentences(text).forEach((sent, si) => {
    const s = sent.text;
    const words = [...s.matchAll(/[\p{L}\p{M}]+/gu)];
    let trig = null;
    for (const w of words) {
      for (const [forms, type, cameo, gold, mode] of VERBS) {
        const tok = w[0];
        const form = forms.find((f) => tok === f || tok === 'و' + f || tok === 'ف' + f);
        if (form) {
          const cs = sent.cstart + w.index + (tok.length - form.length);
          trig = { type, cameo, gold, mode, text: form, cs };
          break;
        }
      }
      if (trig) break;
    }
    if (!trig) return;
    const found = [];
    for (const [surface, id, inline] of TOY_ACTORS) {
      const at = s.indexOf(surface);
      if (at < 0) continue;
      const cs = sent.cstart + at;
      if (found.some((f) => cs < f.cs + f.surface.length && f.cs < cs + surface.length)) continue;
      found.push({ surface, id, inline, cs });
    }
    found.sort((a, b) => a.cs - b.cs);
    const after = found.filter((f) => f.cs > trig.cs);
    const before = found.filter((f) => f.cs < trig.cs);
    const srcF = after[0] ?? before[before.length - 1] ?? null;
    const tgtF = found.find((f) => f !== srcF && f.cs > (srcF?.cs ?? trig.cs)) ?? null;
    const mkActor = (f) => {
      if (!f) return null;
      const a = f.id ? ACTORS[f.id] : f.inline;
      const start = byteLen(text.slice(0, f.cs));
      return { text: f.surface, span: [start, start + byteLen(f.surface)], actor_id: f.id ?? a.sector, name_en: a.name_en, name_ar: a.name_ar, country: a.country, sector: a.sector };
    };
    let location = null;
    for (const [surface, name] of Object.entries(TOY_PLACES)) {
      const at = s.indexOf(surface);
      if (at < 0) continue;
      const p = PLACES[name];
      const start = byteLen(text.slice(0, sent.cstart + at));
      location = { text: surface, span: [start, start + byteLen(surface)], name_en: name, name_ar: p.name_ar, country: p.country, admin1: p.admin1, lat: p.lat, lon: p.lon, geonameid: p.geonameid, precision: p.precision };
      break;
    }
    const tstart = byteLen(text.slice(0, trig.cs));
    out.push({
      event_id: `toy-${si}-${tstart}`,
      doc_id: docId,
      sentence: si,
      date: date ?? null,
      event: trig.type,
      mode: trig.mode,
      cameo: trig.cameo,
      quad_class: quadOf(trig.type),
      goldstein: trig.gold,
      source: mkActor(srcF),
      target: mkActor(tgtF),
      location,
      fatalities: null,
      negated: false,
      modality: 'asserted',
      trigger: { text: trig.text, span: [tstart, tstart + byteLen(trig.text)] },
      evidence: s,
    });
  });
  selfCheck([{ id: docId, text, events: out }]);
  return out;
}
