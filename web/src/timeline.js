// Timeline: events per day stacked by PLOVER type (SVG). Dragging (or clicking a day) selects
// a date range, which becomes the from/to filter of every view.
import { TYPE_NAMES, typeColor, typeLabel } from './types.js';
import { getLang, t, num } from './i18n.js';

const NS = 'http://www.w3.org/2000/svg';
const DAY = 86400000;
const toMs = (d) => Date.parse(`${d}T00:00:00Z`);
const toIso = (ms) => new Date(ms).toISOString().slice(0, 10);

function svg(tag, attrs = {}, parent) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (parent) parent.append(e);
  return e;
}

export function createTimeline(container, { onBrush }) {
  let days = [];
  let selection = null; // [from, to] ISO
  const H = 170;
  const M = { l: 34, r: 12, t: 10, b: 24 };

  function render() {
    container.replaceChildren();
    const W = Math.max(320, container.clientWidth || 600);
    const root = svg('svg', { width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: 'img', direction: 'ltr', class: 'tl-svg' });
    root.setAttribute('dir', 'ltr');
    container.append(root);
    if (!days.length) {
      const tx = svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'tl-empty' }, root);
      tx.textContent = t('tl.empty');
      return;
    }
    let d0 = toMs(days[0].date);
    let d1 = toMs(days[days.length - 1].date);
    if (selection) {
      if (selection[0]) d0 = Math.min(d0, toMs(selection[0]));
      if (selection[1]) d1 = Math.max(d1, toMs(selection[1]));
    }
    const n = Math.round((d1 - d0) / DAY) + 1;
    const pw = W - M.l - M.r;
    const ph = H - M.t - M.b;
    const bw = pw / n;
    const max = Math.max(1, ...days.map((d) => d.total));
    const y = (v) => M.t + ph - (v / max) * ph;
    const xOf = (ms) => M.l + ((ms - d0) / DAY) * bw;

    // y axis: 0, max/2, max
    const ticks = max >= 4 && max % 2 === 0 ? [0, max / 2, max] : [0, max];
    for (const v of [...new Set(ticks)]) {
      svg('line', { x1: M.l, x2: W - M.r, y1: y(v), y2: y(v), class: 'tl-grid' }, root);
      const tx = svg('text', { x: M.l - 4, y: y(v) + 4, 'text-anchor': 'end', class: 'tl-axis' }, root);
      tx.textContent = num(v);
    }
    // bars
    const gap = bw > 4 ? Math.min(2, bw * 0.15) : 0;
    const l = getLang();
    for (const d of days) {
      const x = xOf(toMs(d.date));
      let acc = 0;
      for (const k of TYPE_NAMES) {
        const c = d.counts?.[k];
        if (!c) continue;
        const r = svg('rect', { x: x + gap / 2, width: Math.max(0.5, bw - gap), y: y(acc + c), height: Math.max(0.5, y(acc) - y(acc + c)), fill: typeColor(k), class: 'tl-bar' }, root);
        const title = svg('title', {}, r);
        title.textContent = `${d.date} · ${typeLabel(k, l)}: ${num(c)} / ${num(d.total)}`;
        acc += c;
      }
      const other = d.total - acc; // types this client does not know
      if (other > 0) svg('rect', { x: x + gap / 2, width: Math.max(0.5, bw - gap), y: y(acc + other), height: y(acc) - y(acc + other), fill: '#999' }, root);
    }
    // x axis labels
    const every = Math.max(1, Math.ceil(n / Math.max(2, Math.floor(pw / 90))));
    for (let i = 0; i < n; i += every) {
      const ms = d0 + i * DAY;
      const tx = svg('text', { x: xOf(ms) + bw / 2, y: H - 6, 'text-anchor': 'middle', class: 'tl-axis' }, root);
      tx.textContent = new Date(ms).toLocaleDateString(l === 'ar' ? 'ar-EG' : 'en-GB', { timeZone: 'UTC', month: 'short', day: 'numeric', ...(n > 300 ? { year: '2-digit' } : {}) });
    }
    svg('line', { x1: M.l, x2: W - M.r, y1: M.t + ph, y2: M.t + ph, class: 'tl-base' }, root);

    // selection + brush overlay
    const sel = svg('rect', { y: M.t, height: ph, class: 'tl-sel', visibility: 'hidden' }, root);
    const showSel = (a, b) => {
      const x0 = xOf(toMs(a));
      const x1 = xOf(toMs(b)) + bw;
      sel.setAttribute('x', Math.max(M.l, x0));
      sel.setAttribute('width', Math.max(1, Math.min(W - M.r, x1) - Math.max(M.l, x0)));
      sel.setAttribute('visibility', 'visible');
    };
    if (selection) showSel(selection[0] || toIso(d0), selection[1] || toIso(d1));
    const overlay = svg('rect', { x: M.l, y: M.t, width: pw, height: ph, class: 'tl-overlay', 'data-testid': 'timeline-brush' }, root);
    const dayAt = (clientX) => {
      const box = root.getBoundingClientRect();
      const i = Math.floor((clientX - box.left - M.l) / bw);
      return toIso(d0 + Math.max(0, Math.min(n - 1, i)) * DAY);
    };
    let start = null;
    overlay.addEventListener('pointerdown', (e) => {
      start = dayAt(e.clientX);
      overlay.setPointerCapture(e.pointerId);
      showSel(start, start);
    });
    overlay.addEventListener('pointermove', (e) => {
      if (start == null) return;
      const cur = dayAt(e.clientX);
      const [a, b] = start <= cur ? [start, cur] : [cur, start];
      showSel(a, b);
    });
    overlay.addEventListener('pointerup', (e) => {
      if (start == null) return;
      const cur = dayAt(e.clientX);
      const [a, b] = start <= cur ? [start, cur] : [cur, start];
      start = null;
      selection = [a, b];
      onBrush(a, b);
    });
  }

  const ro = new ResizeObserver(() => render());
  ro.observe(container);

  return {
    update(newDays, sel) {
      days = [...newDays].filter((d) => d.date).sort((a, b) => a.date.localeCompare(b.date));
      selection = sel && (sel[0] || sel[1]) ? sel : null;
      render();
    },
    relabel: render,
  };
}
