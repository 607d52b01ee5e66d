// rasad dashboard: wires the filters to the map, timeline, network, table and panels.
import './style.css';
import { apiGet, filterParams } from './api.js';
import { t, num, setLang, getLang, onLang, initialLang, applyStatic } from './i18n.js';
import { TYPES, typeLabel } from './types.js';
import { el } from './labels.js';
import { createMap } from './map.js';
import { createTimeline } from './timeline.js';
import { createNetwork } from './network.js';
import { renderRows, pageInfo } from './table.js';
import { createDocPanel, createPastePanel } from './panels.js';

const PAGE = 25;
const MAP_LIMIT = 1000;
const WORLD = '-180,-90,180,90';

const $ = (sel) => document.querySelector(sel);
const form = $('#filters');

const state = {
  filters: { from: '', to: '', actor: '', country: '', q: '', types: new Set() },
  offset: 0,
  total: 0,
  pageEvents: [],
  loading: 0,
};

// ---------- status line ----------
const statusEl = $('#status');
function setStatus(msg, isError = false) {
  statusEl.textContent = msg || '';
  statusEl.classList.toggle('error', !!isError);
  statusEl.hidden = !msg;
}

// ---------- views ----------
const docPanel = createDocPanel($('#doc-panel'));
const pastePanel = createPastePanel($('#paste-panel'), { onOpen: () => docPanel.close() });
const openEvent = (ev) => {
  $('#paste-panel').hidden = true;
  docPanel.open(ev);
};
const mapView = createMap($('#map'), { onSelect: openEvent });
const timeline = createTimeline($('#timeline'), {
  onBrush(from, to) {
    state.filters.from = from;
    state.filters.to = to;
    syncForm();
    changed();
  },
});
const network = createNetwork($('#network'), {
  onActor(id) {
    state.filters.actor = id;
    syncForm();
    changed();
  },
  onInfo(msg) {
    $('#net-note').textContent = msg;
  },
});
window.__rasad = { cy: network.cy, state, map: mapView.map, ready: false };

// ---------- filters ----------
const chipsEl = $('#type-chips');
function renderChips() {
  chipsEl.setAttribute('aria-label', t('filter.types'));
  chipsEl.replaceChildren(
    ...TYPES.map(([k, color]) =>
      el(
        'button',
        {
          type: 'button',
          class: 'chip',
          'data-type': k,
          'data-testid': 'type-chip',
          'aria-pressed': state.filters.types.has(k) ? 'true' : 'false',
          style: `--c:${color}`,
          title: k,
          onclick: () => {
            if (state.filters.types.has(k)) state.filters.types.delete(k);
            else state.filters.types.add(k);
            renderChips();
            changed();
          },
        },
        el('i', { class: 'sw' }),
        typeLabel(k, getLang()),
      ),
    ),
  );
}

function syncForm() {
  for (const k of ['from', 'to', 'actor', 'country', 'q']) form.elements[k].value = state.filters[k] ?? '';
  renderChips();
}

function readForm() {
  const f = state.filters;
  f.from = form.elements.from.value;
  f.to = form.elements.to.value;
  f.actor = form.elements.actor.value.trim();
  f.country = form.elements.country.value.trim().toUpperCase();
  f.q = form.elements.q.value.trim();
}

let debounce = null;
form.addEventListener('input', (e) => {
  if (e.target.type === 'date') return;
  clearTimeout(debounce);
  debounce = setTimeout(() => {
    readForm();
    changed();
  }, 350);
});
form.addEventListener('change', (e) => {
  clearTimeout(debounce);
  readForm();
  changed();
});
$('#filters-reset').addEventListener('click', () => {
  state.filters = { from: '', to: '', actor: '', country: '', q: '', types: new Set() };
  syncForm();
  changed();
});
$('#tl-clear').addEventListener('click', () => {
  state.filters.from = '';
  state.filters.to = '';
  syncForm();
  changed();
});

// filters <-> URL hash, so a view can be bookmarked or shared
function writeHash() {
  const p = new URLSearchParams(filterParams(state.filters));
  if (state.offset) p.set('offset', state.offset);
  const h = p.toString();
  history.replaceState(null, '', h ? `#${h}` : location.pathname + location.search);
}
function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  const f = state.filters;
  for (const k of ['from', 'to', 'actor', 'country', 'q']) f[k] = p.get(k) ?? '';
  f.types = new Set((p.get('type') ?? '').split(',').filter(Boolean));
  state.offset = Number(p.get('offset')) || 0;
}

// ---------- data loading ----------
let ctl = null;
let pageCtl = null;

function track(promise) {
  state.loading++;
  setStatus(t('status.loading'));
  return promise.finally(() => {
    state.loading--;
    if (!state.loading && !statusEl.classList.contains('error')) setStatus('');
  });
}

function showError(e) {
  if (e?.name === 'AbortError') return;
  console.error(e);
  setStatus(`${t('status.error')}: ${e.message}`, true);
}

async function loadTable() {
  pageCtl?.abort();
  pageCtl = new AbortController();
  const signal = pageCtl.signal;
  const res = await apiGet('api/events', { ...filterParams(state.filters), limit: PAGE, offset: state.offset }, signal);
  state.total = res.total ?? 0;
  state.pageEvents = res.events ?? [];
  if (!state.pageEvents.length && state.offset > 0 && state.total > 0) {
    state.offset = Math.max(0, Math.floor((state.total - 1) / PAGE) * PAGE);
    return loadTable();
  }
  renderTable();
}

function renderTable() {
  renderRows($('#event-rows'), state.pageEvents, openEvent);
  $('#table-note').textContent = t('table.note', { total: state.total });
  $('#page-info').textContent = pageInfo(state.offset, state.pageEvents.length, state.total);
  $('#page-prev').disabled = state.offset <= 0;
  $('#page-next').disabled = state.offset + PAGE >= state.total;
}

let mapData = { events: [], total: 0 };
function renderMapNote() {
  const shown = mapData.events.filter((e) => e.location?.lat != null).length;
  $('#map-note').textContent =
    mapData.total > shown ? t('map.truncated', { shown, total: mapData.total }) : t('map.note', { shown, total: state.total || shown });
}

let timelineDays = [];
let netData = null;
function renderNetNote(info) {
  $('#net-note').textContent = info.shown ? t('net.note', { nodes: info.total, edges: info.edges }) : t('net.empty');
}

async function refresh() {
  ctl?.abort();
  ctl = new AbortController();
  const signal = ctl.signal;
  const fp = filterParams(state.filters);
  setStatus('');
  $('#tl-clear').hidden = !(state.filters.from || state.filters.to);
  const jobs = [
    loadTable(),
    apiGet('api/events', { ...fp, bbox: WORLD, limit: MAP_LIMIT }, signal).then((res) => {
      mapData = { events: res.events ?? [], total: res.total ?? 0 };
      mapView.update(mapData.events);
    }),
    apiGet('api/timeline', filterParams(state.filters, { withDates: false }), signal).then((res) => {
      timelineDays = res.days ?? [];
      timeline.update(timelineDays, [state.filters.from, state.filters.to]);
    }),
    apiGet('api/network', fp, signal).then((res) => {
      netData = res;
      renderNetNote(network.update(res));
    }),
  ];
  const results = await track(Promise.allSettled(jobs));
  if (signal.aborted) return;
  const failed = results.find((r) => r.status === 'rejected' && r.reason?.name !== 'AbortError');
  if (failed) showError(failed.reason);
  renderMapNote();
  window.__rasad.ready = true;
  document.body.dataset.loaded = 'true';
}

function changed() {
  state.offset = 0;
  writeHash();
  refresh();
}

$('#page-prev').addEventListener('click', () => {
  state.offset = Math.max(0, state.offset - PAGE);
  writeHash();
  track(loadTable()).catch(showError);
});
$('#page-next').addEventListener('click', () => {
  if (state.offset + PAGE < state.total) state.offset += PAGE;
  writeHash();
  track(loadTable()).catch(showError);
});

async function loadHealth() {
  const h = $('#health');
  try {
    const r = await apiGet('api/health');
    h.classList.remove('down');
    h.dataset.documents = r.documents;
    h.dataset.events = r.events;
    h.dataset.version = r.version ?? '';
    renderHealth();
  } catch {
    h.classList.add('down');
    h.textContent = t('health.down');
  }
}
function renderHealth() {
  const h = $('#health');
  if (h.classList.contains('down')) {
    h.textContent = t('health.down');
    return;
  }
  if (h.dataset.events == null) return;
  h.textContent = t('health.fmt', { d: Number(h.dataset.documents), e: Number(h.dataset.events), v: h.dataset.version });
}

async function loadSuggestions() {
  try {
    const r = await apiGet('api/actors', { limit: 300 });
    const actors = r.actors ?? [];
    const l = getLang();
    $('#actor-list').replaceChildren(
      ...actors.map((a) => el('option', { value: a.actor_id }, `${(l === 'ar' ? a.name_ar || a.name_en : a.name_en || a.name_ar) ?? ''} (${num(a.events)})`)),
    );
    const countries = [...new Set(actors.map((a) => a.country).filter(Boolean))].sort();
    $('#country-list').replaceChildren(...countries.map((c) => el('option', { value: c })));
  } catch (e) {
    console.warn('actors', e);
  }
}

// ---------- language ----------
const langBtn = $('#lang-toggle');
function renderLangButton() {
  langBtn.textContent = t('lang.switch');
  langBtn.setAttribute('lang', getLang() === 'ar' ? 'en' : 'ar');
}
langBtn.addEventListener('click', () => setLang(getLang() === 'ar' ? 'en' : 'ar'));
onLang(() => {
  renderLangButton();
  renderChips();
  renderHealth();
  renderTable();
  renderMapNote();
  timeline.relabel();
  network.relabel();
  if (netData) renderNetNote(network.last.total != null ? { shown: network.last.nodes.length, total: network.last.total, edges: network.last.edges.length } : { shown: 0 });
  mapView.relabel();
  docPanel.relabel();
  pastePanel.relabel();
  loadSuggestions();
});

$('#paste-open').addEventListener('click', () => pastePanel.open());
document.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') {
    $('#doc-panel').hidden = true;
    $('#paste-panel').hidden = true;
  }
});

// ---------- start ----------
readHash();
setLang(initialLang());
applyStatic();
syncForm();
loadHealth();
loadSuggestions();
refresh();
