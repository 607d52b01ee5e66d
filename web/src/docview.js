// Renders a document's text with the spans of its events highlighted, plus the list of events.
// Used by the document panel (one event selected) and by the paste panel (all events at once).
import { renderHighlighted, evidenceSpan } from './spans.js';
import { t, getLang } from './i18n.js';
import { actorName, placeName, el, typeChip, flags, fmtDate, arrow } from './labels.js';
import { typeLabel } from './types.js';

export function legend() {
  return ['trigger', 'source', 'target', 'place', 'date'].map((r) => el('span', { class: `legend-item hl-${r}` }, t(`hl.${r}`)));
}

function spansOf(ev, i) {
  const s = [];
  const typ = typeLabel(ev.event, getLang());
  if (ev.trigger?.span) s.push({ span: ev.trigger.span, cls: 'hl-trigger', title: `${t('hl.trigger')}: ${typ} (${ev.cameo ?? ''})`, data: { ev: i } });
  if (ev.source?.span) s.push({ span: ev.source.span, cls: 'hl-source', title: `${t('hl.source')}: ${actorName(ev.source)} ${ev.source.actor_id ?? ''}`, data: { ev: i } });
  if (ev.target?.span) s.push({ span: ev.target.span, cls: 'hl-target', title: `${t('hl.target')}: ${actorName(ev.target)} ${ev.target.actor_id ?? ''}`, data: { ev: i } });
  if (ev.location?.span) s.push({ span: ev.location.span, cls: 'hl-place', title: `${t('hl.place')}: ${placeName(ev.location)}`, data: { ev: i } });
  // The words that dated the event (none when the date is the article's).
  if (ev.date_words?.span) s.push({ span: ev.date_words.span, cls: 'hl-date', title: `${t('hl.date')}: ${fmtDate(ev.date)}`, data: { ev: i } });
  return s;
}

/**
 * opts: {textEl, listEl, legendEl, text, events, selected (index or null = all), itemTestId, onSelect(i)}
 * Returns the element to scroll to (the selected trigger) or null.
 */
export function renderDocView(opts) {
  const { textEl, listEl, legendEl, text, events, selected, itemTestId, onSelect } = opts;
  const spans = [];
  events.forEach((ev, i) => {
    if (selected == null || selected === i) {
      spans.push(...spansOf(ev, i));
    } else if (ev.trigger?.span) {
      spans.push({ span: ev.trigger.span, cls: 'hl-other', title: `${typeLabel(ev.event, getLang())}: ${ev.trigger.text}`, data: { ev: i } });
    }
  });
  if (selected != null && events[selected]) {
    const es = evidenceSpan(text, events[selected]);
    if (es) spans.push({ span: es, cls: 'evidence', tag: 'span' });
  }
  renderHighlighted(textEl, text, spans);
  textEl.onclick = (e) => {
    const m = e.target.closest('mark[data-ev]');
    if (m && onSelect) onSelect(Number(m.dataset.ev));
  };
  if (legendEl) legendEl.replaceChildren(...legend());
  if (listEl) {
    listEl.replaceChildren(
      ...events.map((ev, i) =>
        el(
          'button',
          {
            type: 'button',
            class: `doc-event${selected === i ? ' selected' : ''}`,
            'data-testid': itemTestId,
            'data-index': i,
            'aria-pressed': selected === i ? 'true' : 'false',
            onclick: () => onSelect && onSelect(i),
          },
          typeChip(ev.event),
          el('span', { class: 'trig', dir: 'rtl', lang: 'ar' }, ev.trigger?.text ?? ''),
          el('span', { class: 'dyad' }, [actorName(ev.source) || '∅', arrow(), actorName(ev.target) || '∅'].join('')),
          ev.location ? el('span', { class: 'where' }, '@ ', placeName(ev.location)) : null,
          ev.date ? el('span', { class: 'when' }, fmtDate(ev.date)) : null,
          ...flags(ev),
        ),
      ),
    );
  }
  if (selected == null) return textEl.querySelector('mark.hl-trigger');
  return textEl.querySelector(`mark.hl-trigger[data-ev="${selected}"]`) || textEl.querySelector('span.evidence');
}
