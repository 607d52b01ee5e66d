// The document panel (an event's article with its spans highlighted) and the paste panel
// (POST /api/code: code a pasted article at once).
import { apiGet, apiPost, docPath } from './api.js';
import { t, getLang } from './i18n.js';
import { renderDocView } from './docview.js';
import { fmtDate, el } from './labels.js';

function sameEvent(a, b) {
  if (a.id != null && b.id != null) return a.id === b.id;
  if (a.event_id && b.event_id && a.event_id === b.event_id) return a.trigger?.span?.[0] === b.trigger?.span?.[0];
  return a.trigger?.span?.[0] === b.trigger?.span?.[0] && a.trigger?.span?.[1] === b.trigger?.span?.[1] && a.event === b.event;
}

export function createDocPanel(root) {
  const title = root.querySelector('#doc-title');
  const meta = root.querySelector('#doc-meta');
  const textEl = root.querySelector('#doc-text');
  const listEl = root.querySelector('#doc-events');
  const legendEl = root.querySelector('[data-role=legend]');
  const cache = new Map();
  let state = null; // {doc, events, selected}
  let seq = 0;

  function close() {
    root.hidden = true;
    state = null;
  }
  root.querySelector('#doc-close').addEventListener('click', close);

  function render(scroll) {
    if (!state) return;
    const { doc, events, selected } = state;
    title.textContent = doc.title || doc.id;
    meta.replaceChildren(
      el('span', {}, fmtDate(doc.date)),
      doc.source ? el('span', {}, `${t('doc.source')}: ${doc.source}`) : null,
      doc.url ? el('a', { href: doc.url, target: '_blank', rel: 'noopener noreferrer' }, t('doc.link')) : null,
      el('span', { class: 'doc-id', dir: 'auto' }, doc.id),
    );
    const summary = el('div', { class: 'doc-events-title' }, t('doc.events', { n: events.length }));
    const target = renderDocView({
      textEl,
      listEl,
      legendEl,
      text: doc.text ?? '',
      events,
      selected,
      itemTestId: 'doc-event',
      onSelect: (i) => {
        state.selected = i;
        render(true);
      },
    });
    listEl.prepend(summary);
    if (scroll && target) requestAnimationFrame(() => target.scrollIntoView({ block: 'center', behavior: 'auto' }));
  }

  async function open(ev) {
    const my = ++seq;
    root.hidden = false;
    root.dataset.state = 'loading';
    title.textContent = t('doc.loading');
    meta.replaceChildren();
    listEl.replaceChildren();
    textEl.replaceChildren();
    try {
      let doc = cache.get(ev.doc_id);
      if (!doc) {
        doc = await apiGet(docPath(ev.doc_id));
        cache.set(ev.doc_id, doc);
      }
      if (my !== seq) return;
      const events = [...(doc.events ?? [])];
      let selected = events.findIndex((x) => sameEvent(x, ev));
      if (selected < 0) {
        events.unshift(ev);
        selected = 0;
      }
      state = { doc, events, selected };
      root.dataset.state = 'ready';
      render(true);
    } catch (e) {
      if (my !== seq) return;
      root.dataset.state = 'error';
      title.textContent = t('doc.nodoc');
      textEl.replaceChildren(el('div', { class: 'error', role: 'alert' }, `${t('status.error')}: ${e.message}`));
    }
  }

  return { open, close, relabel: () => render(false) };
}

export function createPastePanel(root, { onOpen } = {}) {
  const ta = root.querySelector('#paste-text');
  const date = root.querySelector('#paste-date');
  const btn = root.querySelector('#paste-submit');
  const err = root.querySelector('#paste-error');
  const result = root.querySelector('#paste-result');
  const summary = root.querySelector('#paste-summary');
  const listEl = root.querySelector('#paste-events');
  const textEl = root.querySelector('#paste-doc');
  const legendEl = result.querySelector('[data-role=legend]');
  let state = null;
  let ctl = null;

  const showError = (msg) => {
    err.textContent = msg;
    err.hidden = !msg;
  };

  function render() {
    if (!state) return;
    const n = state.events.length;
    summary.textContent = n ? t('paste.found', { n }) : t('paste.none');
    renderDocView({
      textEl,
      listEl,
      legendEl: n ? legendEl : null,
      text: state.text,
      events: state.events,
      selected: state.selected,
      itemTestId: 'paste-event',
      onSelect: (i) => {
        state.selected = state.selected === i ? null : i;
        render();
      },
    });
    if (!n) legendEl.replaceChildren();
  }

  async function submit() {
    const text = ta.value;
    showError('');
    if (!text.trim()) {
      showError(t('paste.empty'));
      return;
    }
    ctl?.abort();
    ctl = new AbortController();
    result.dataset.state = 'working';
    summary.textContent = t('paste.working');
    listEl.replaceChildren();
    textEl.replaceChildren();
    legendEl.replaceChildren();
    btn.disabled = true;
    try {
      const body = { text };
      if (date.value) body.date = date.value;
      const res = await apiPost('api/code', body, ctl.signal);
      const docText = typeof res?.document?.text === 'string' ? res.document.text : text;
      state = { text: docText, events: Array.isArray(res?.events) ? res.events : [], selected: null };
      result.dataset.state = 'done';
      result.dataset.count = String(state.events.length);
      render();
    } catch (e) {
      if (e.name === 'AbortError') return;
      result.dataset.state = 'error';
      summary.textContent = '';
      showError(`${t('status.error')}: ${e.message}`);
    } finally {
      btn.disabled = false;
    }
  }

  btn.addEventListener('click', submit);
  ta.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
  });
  root.querySelector('#paste-close').addEventListener('click', () => {
    root.hidden = true;
  });

  return {
    open() {
      root.hidden = false;
      onOpen?.();
      ta.focus();
    },
    relabel: render,
    lang: getLang,
  };
}
