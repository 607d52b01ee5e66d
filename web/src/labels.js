// Display helpers for actors, places and events in the current language.
import { getLang, t } from './i18n.js';
import { typeColor, typeLabel } from './types.js';

export function actorName(a) {
  if (!a) return '';
  const l = getLang();
  return (l === 'ar' ? a.name_ar || a.text || a.name_en : a.name_en || a.name_ar || a.text) || a.actor_id || a.id || '';
}

export function placeName(p) {
  if (!p) return '';
  const l = getLang();
  return (l === 'ar' ? p.name_ar || p.text || p.name_en : p.name_en || p.name_ar || p.text) || '';
}

export function fmtDate(d) {
  if (!d) return t('none');
  const dt = new Date(`${d}T00:00:00Z`);
  if (Number.isNaN(dt.getTime())) return d;
  return dt.toLocaleDateString(getLang() === 'ar' ? 'ar-EG' : 'en-GB', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });
}

export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'style') e.style.cssText = v;
    else if (k.startsWith('on') && typeof v === 'function') e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(c);
  return e;
}

export function typeChip(type) {
  return el('span', { class: 'type-chip', style: `--c:${typeColor(type)}`, title: type }, typeLabel(type, getLang()));
}

export function flags(ev) {
  const out = [];
  if (ev.negated) out.push(el('span', { class: 'flag neg' }, t('flag.negated')));
  if (ev.fatalities != null) out.push(el('span', { class: 'flag fat' }, t('flag.fatalities', { n: ev.fatalities })));
  if (ev.modality && ev.modality !== 'asserted') out.push(el('span', { class: 'flag mod' }, t(`modality.${ev.modality}`)));
  return out;
}

/** "source → target" arrow pointing the reading direction of the current language. */
export function arrow() {
  return getLang() === 'ar' ? ' ← ' : ' → ';
}
