// UTF-8 byte spans -> JavaScript string indices, and rendering of highlighted text.
// The API gives [start, end) offsets in the bytes of the UTF-8 document (docs/api.md).

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/**
 * Returns a function mapping a UTF-8 byte offset of `text` to a UTF-16 string index.
 * Offsets inside a multi-byte character snap forward to the next character boundary.
 */
export function byteIndexer(text) {
  const bytes = encoder.encode(text);
  const map = new Int32Array(bytes.length + 1).fill(-1);
  let b = 0;
  let i = 0;
  for (const ch of text) {
    map[b] = i;
    const cp = ch.codePointAt(0);
    b += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; // UTF-8 length (lone surrogates -> U+FFFD, 3)
    i += ch.length;
  }
  if (b !== bytes.length) throw new Error(`byteIndexer: ${b} != ${bytes.length} bytes`);
  map[b] = i;
  // fill gaps (offsets inside a character) with the next boundary
  let next = i;
  for (let k = map.length - 1; k >= 0; k--) {
    if (map[k] < 0) map[k] = next;
    else next = map[k];
  }
  return {
    bytes,
    toChar(off) {
      if (!Number.isFinite(off)) return null;
      return map[Math.max(0, Math.min(map.length - 1, off | 0))];
    },
    /** The text of a byte span, decoded straight from the bytes. */
    slice(span) {
      return decoder.decode(bytes.subarray(span[0], span[1]));
    },
  };
}

const ROLE_ORDER = { evidence: 0, 'hl-source': 1, 'hl-target': 1, 'hl-place': 1, 'hl-date': 1, 'hl-other': 2, 'hl-trigger': 3 };

/**
 * Renders `text` into `container` with <mark class="..."> elements for the given spans.
 * spans: [{start, end, cls, title?, data?: {k: v}, tag?: 'mark'|'span'}] in BYTES.
 * Nested spans nest; a span crossing another's end is split at that end.
 * Returns the rendered elements of each span index (first element).
 */
export function renderHighlighted(container, text, spans) {
  const ix = byteIndexer(text);
  let list = [];
  spans.forEach((s, idx) => {
    if (!s || !Array.isArray(s.span)) return;
    const [bs, be] = s.span;
    if (!(be > bs) || bs < 0 || be > ix.bytes.length) return;
    const start = ix.toChar(bs);
    const end = ix.toChar(be);
    if (end <= start) return;
    list.push({ ...s, start, end, idx });
  });
  const seen = new Set();
  list = list.filter((s) => {
    const k = `${s.start}:${s.end}:${s.cls}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  const order = (a, b) => a.start - b.start || b.end - a.end || (ROLE_ORDER[a.cls] ?? 1) - (ROLE_ORDER[b.cls] ?? 1);
  const firstEl = new Map();

  const build = (from, to, items) => {
    const frag = document.createDocumentFragment();
    let pos = from;
    let rest = [...items].sort(order);
    while (rest.length) {
      const s = rest.shift();
      const start = Math.max(s.start, pos);
      if (start >= s.end) continue;
      if (start > pos) frag.append(text.slice(pos, start));
      const inner = [];
      const after = [];
      for (const o of rest) {
        if (o.start < s.end) {
          if (o.end <= s.end) inner.push(o);
          else {
            inner.push({ ...o, end: s.end });
            after.push({ ...o, start: s.end });
          }
        } else after.push(o);
      }
      const el = document.createElement(s.tag || 'mark');
      el.className = s.cls;
      if (s.title) el.title = s.title;
      if (s.data) for (const [k, v] of Object.entries(s.data)) el.dataset[k] = v;
      el.append(build(start, s.end, inner));
      frag.append(el);
      if (!firstEl.has(s.idx)) firstEl.set(s.idx, el);
      pos = s.end;
      rest = after.sort(order);
    }
    if (pos < to) frag.append(text.slice(pos, to));
    return frag;
  };
  container.replaceChildren(build(0, text.length, list));
  return firstEl;
}

/** Byte span of the evidence sentence of an event: the occurrence of `evidence` around the trigger. */
export function evidenceSpan(text, ev) {
  if (!ev?.evidence) return null;
  const ix = byteIndexer(text);
  const trigChar = ev.trigger?.span ? ix.toChar(ev.trigger.span[0]) : null;
  let at = text.indexOf(ev.evidence);
  let best = at;
  while (at >= 0 && trigChar != null) {
    if (at <= trigChar && trigChar < at + ev.evidence.length) {
      best = at;
      break;
    }
    at = text.indexOf(ev.evidence, at + 1);
  }
  if (best < 0) return null;
  const start = encoder.encode(text.slice(0, best)).length;
  return [start, start + encoder.encode(ev.evidence).length];
}
