// Paginated event table (/api/events). Rows are clickable and keyboard-accessible.
import { t, num } from './i18n.js';
import { actorName, placeName, fmtDate, el, typeChip, flags } from './labels.js';

export function renderRows(tbody, events, onSelect) {
  if (!events.length) {
    tbody.replaceChildren(el('tr', { class: 'empty' }, el('td', { colspan: 8 }, t('table.empty'))));
    return;
  }
  tbody.replaceChildren(
    ...events.map((ev) => {
      const actor = (a) => (a ? el('span', { title: a.actor_id ?? '' }, actorName(a), a.actor_id ? el('small', { class: 'code' }, a.actor_id) : null) : t('none'));
      const tr = el(
        'tr',
        {
          'data-testid': 'event-row',
          'data-event-id': ev.id ?? '',
          'data-doc-id': ev.doc_id ?? '',
          'data-trigger': ev.trigger?.text ?? '',
          'data-date': ev.date ?? '',
          tabindex: 0,
          class: ev.negated ? 'negated' : null,
        },
        el('td', { class: 'nowrap' }, fmtDate(ev.date)),
        el('td', {}, typeChip(ev.event), el('small', { class: 'code' }, ev.cameo ?? '')),
        el('td', {}, actor(ev.source)),
        el('td', {}, actor(ev.target)),
        el('td', {}, ev.location ? placeName(ev.location) : t('none')),
        el('td', { dir: 'rtl', lang: 'ar', class: 'trig' }, ev.trigger?.text ?? ''),
        el('td', { dir: 'rtl', lang: 'ar', class: 'evidence-cell', title: ev.evidence ?? '' }, el('div', { class: 'clamp' }, ev.evidence ?? '')),
        el('td', {}, ...flags(ev)),
      );
      tr.addEventListener('click', () => onSelect(ev));
      tr.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(ev);
        }
      });
      return tr;
    }),
  );
}

export function pageInfo(offset, count, total) {
  if (!total) return '';
  return t('page.info', { from: num(offset + 1), to: num(offset + count), total: num(total) });
}
