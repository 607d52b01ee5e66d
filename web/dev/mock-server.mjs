#!/usr/bin/env node
// A tiny stand-in for `rasad serve` (docs/api.md) for front-end development and the e2e test:
// serves web/dist and answers /api/* from the fixtures in ./fixtures.mjs. No dependencies.
//
//   node web/dev/mock-server.mjs [--port 8765] [--host 127.0.0.1] [--dist web/dist] [--delay MS]
//
// --scale N adds N-1 shifted copies of every fixture event (pagination/volume checks).
// --port 0 picks a free port. The first line printed is "mock-server listening on URL".
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFixtures, toyCode } from './fixtures.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : def;
};
const PORT = Number(opt('port', process.env.PORT ?? 8765));
const HOST = opt('host', '127.0.0.1');
const DIST = path.resolve(opt('dist', path.join(here, '..', 'dist')));
const DELAY = Number(opt('delay', 0));
const SCALE = Number(opt('scale', 1)); // >1: add copies of the events on later days (volume tests)

const { documents, events, actors } = buildFixtures();
if (SCALE > 1) {
  const base = [...events];
  let id = events.length + 1;
  for (let k = 1; k < SCALE; k++) {
    for (const e of base) {
      const d = new Date(`${e.date}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + ((k * 7 + e.id) % 120));
      const jitter = (v) => (v == null ? v : Math.round((v + (((k * 37 + e.id * 11) % 100) - 50) / 60) * 1e4) / 1e4);
      const location = e.location ? { ...e.location, lat: jitter(e.location.lat), lon: jitter(e.location.lon) } : null;
      events.push({ ...e, id: id++, event_id: `${e.event_id}-${k}`, date: d.toISOString().slice(0, 10), location });
    }
  }
}
const newestFirst = [...events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.id - a.id);

class HttpError extends Error {
  constructor(status, msg) { super(msg); this.status = status; }
}

const lc = (s) => (s ?? '').toString().toLowerCase();

function parseFilters(sp) {
  const f = {};
  for (const k of ['from', 'to']) {
    const v = sp.get(k);
    if (v) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) throw new HttpError(400, `bad ${k}: expected YYYY-MM-DD`);
      f[k] = v;
    }
  }
  if (sp.get('actor')) f.actor = sp.get('actor').trim();
  if (sp.get('country')) {
    const c = sp.get('country').trim().toUpperCase();
    if (!/^[A-Z]{3}$/.test(c)) throw new HttpError(400, 'bad country: expected ISO 3166-1 alpha-3');
    f.country = c;
  }
  if (sp.get('type')) f.types = new Set(sp.get('type').split(',').map((t) => t.trim().toUpperCase()).filter(Boolean));
  if (sp.get('place')) f.place = sp.get('place').trim();
  if (sp.get('q')) f.q = sp.get('q').trim();
  if (sp.get('bbox')) {
    const b = sp.get('bbox').split(',').map(Number);
    if (b.length !== 4 || b.some((x) => !Number.isFinite(x))) throw new HttpError(400, 'bad bbox: expected minlon,minlat,maxlon,maxlat');
    f.bbox = b;
  }
  return f;
}

function actorMatches(a, q) {
  if (!a) return false;
  if (a.actor_id && a.actor_id.toLowerCase() === q.toLowerCase()) return true;
  return [a.name_en, a.name_ar, a.text].some((n) => n && lc(n).includes(lc(q)));
}

function matches(e, f) {
  if (f.from && (!e.date || e.date < f.from)) return false;
  if (f.to && (!e.date || e.date > f.to)) return false;
  if (f.types && !f.types.has(e.event)) return false;
  if (f.actor && !actorMatches(e.source, f.actor) && !actorMatches(e.target, f.actor)) return false;
  if (f.country && ![e.source?.country, e.target?.country, e.location?.country].includes(f.country)) return false;
  if (f.place) {
    const l = e.location;
    if (!l) return false;
    if (String(l.geonameid) !== f.place && ![l.name_en, l.name_ar, l.text].some((n) => n && lc(n) === lc(f.place))) return false;
  }
  if (f.bbox) {
    const l = e.location;
    if (!l || l.lat == null || l.lon == null) return false;
    const [x0, y0, x1, y1] = f.bbox;
    if (l.lon < x0 || l.lon > x1 || l.lat < y0 || l.lat > y1) return false;
  }
  if (f.q && !e.evidence.includes(f.q) && !lc(e.evidence).includes(lc(f.q))) return false;
  return true;
}

const filtered = (sp) => {
  const f = parseFilters(sp);
  return newestFirst.filter((e) => matches(e, f));
};

function intParam(sp, name, def, min, max) {
  const v = sp.get(name);
  if (v == null || v === '') return def;
  if (!/^\d+$/.test(v)) throw new HttpError(400, `bad ${name}: expected an integer`);
  const n = Number(v);
  if (n < min || n > max) throw new HttpError(400, `bad ${name}: must be ${min}..${max}`);
  return n;
}

function actorKey(a) {
  return a ? a.actor_id ?? a.text : null;
}

function network(evs) {
  const nodes = new Map();
  const edges = new Map();
  const node = (a) => {
    const id = actorKey(a);
    if (!nodes.has(id)) nodes.set(id, { id, name_en: a.name_en, name_ar: a.name_ar, country: a.country, sector: a.sector, events: 0 });
    return nodes.get(id);
  };
  for (const e of evs) {
    if (e.source) node(e.source).events++;
    if (e.target && actorKey(e.target) !== actorKey(e.source)) node(e.target).events++;
    if (!e.source || !e.target) continue;
    const k = `${actorKey(e.source)}\u0000${actorKey(e.target)}`;
    if (!edges.has(k)) edges.set(k, { source: actorKey(e.source), target: actorKey(e.target), count: 0, sum: 0, types: {} });
    const ed = edges.get(k);
    ed.count++;
    ed.sum += e.goldstein;
    ed.types[e.event] = (ed.types[e.event] ?? 0) + 1;
  }
  return {
    nodes: [...nodes.values()].sort((a, b) => b.events - a.events),
    edges: [...edges.values()].map(({ sum, ...ed }) => {
      const mean = Math.round((sum / ed.count) * 100) / 100;
      return { ...ed, mean_goldstein: mean, kind: mean > 0 ? 'cooperation' : 'conflict' };
    }),
  };
}

function places(evs) {
  const m = new Map();
  for (const e of evs) {
    const l = e.location;
    if (!l || l.lat == null) continue;
    const k = l.geonameid ?? `${l.lat},${l.lon}`;
    if (!m.has(k)) m.set(k, { geonameid: l.geonameid, name_en: l.name_en, name_ar: l.name_ar, country: l.country, lat: l.lat, lon: l.lon, events: 0, types: {}, by_day: new Map() });
    const p = m.get(k);
    p.events++;
    p.types[e.event] = (p.types[e.event] ?? 0) + 1;
    if (e.date) p.by_day.set(e.date, (p.by_day.get(e.date) ?? 0) + 1);
  }
  return [...m.values()]
    .sort((a, b) => b.events - a.events)
    .map((p) => ({ ...p, by_day: [...p.by_day].sort().map(([date, count]) => ({ date, count })) }));
}

function timeline(evs) {
  const days = new Map();
  for (const e of evs) {
    if (!e.date) continue;
    if (!days.has(e.date)) days.set(e.date, { date: e.date, total: 0, counts: {} });
    const d = days.get(e.date);
    d.total++;
    d.counts[e.event] = (d.counts[e.event] ?? 0) + 1;
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

function readBody(req, limit = 1 << 20) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let n = 0;
    req.on('data', (c) => {
      n += c.length;
      if (n > limit) {
        reject(new HttpError(413, 'request body larger than 1 MB'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function api(req, url) {
  const p = url.pathname;
  const sp = url.searchParams;
  const method = req.method;
  const onlyGet = () => {
    if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `method ${method} not allowed`);
  };
  if (p === '/api/health') {
    onlyGet();
    return { status: 'ok', version: '0.x-mock', documents: documents.length, events: events.length };
  }
  if (p === '/api/events') {
    onlyGet();
    const limit = intParam(sp, 'limit', 100, 1, 1000);
    const offset = intParam(sp, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
    const all = filtered(sp);
    return { total: all.length, limit, offset, events: all.slice(offset, offset + limit) };
  }
  let m = p.match(/^\/api\/events\/([^/]+)$/);
  if (m) {
    onlyGet();
    const e = events.find((x) => String(x.id) === decodeURIComponent(m[1]));
    if (!e) throw new HttpError(404, `no event ${m[1]}`);
    return { ...e, mentions: [{ doc_id: e.doc_id, sentence: e.sentence, trigger: e.trigger, evidence: e.evidence }] };
  }
  if (p === '/api/actors') {
    onlyGet();
    const limit = intParam(sp, 'limit', 100, 1, 1000);
    const q = sp.get('q')?.trim();
    const counts = new Map();
    for (const e of events) {
      for (const a of new Set([actorKey(e.source), actorKey(e.target)])) if (a) counts.set(a, (counts.get(a) ?? 0) + 1);
    }
    let list = [...counts].map(([id, n]) => {
      const a = actors[id] ?? {};
      return { actor_id: id, name_en: a.name_en ?? null, name_ar: a.name_ar ?? null, country: a.country ?? null, sector: a.sector ?? null, events: n };
    });
    if (q) list = list.filter((a) => [a.actor_id, a.name_en, a.name_ar].some((x) => x && lc(x).includes(lc(q))));
    list.sort((a, b) => b.events - a.events);
    return { actors: list.slice(0, limit) };
  }
  if (p === '/api/network') {
    onlyGet();
    return network(filtered(sp));
  }
  if (p === '/api/places') {
    onlyGet();
    return { places: places(filtered(sp)) };
  }
  if (p === '/api/timeline') {
    onlyGet();
    return { days: timeline(filtered(sp)) };
  }
  m = p.match(/^\/api\/documents\/(.+)$/);
  if (m) {
    onlyGet();
    let id;
    try {
      id = decodeURIComponent(m[1]);
    } catch {
      throw new HttpError(400, 'bad document id encoding');
    }
    const d = documents.find((x) => x.id === id);
    if (!d) throw new HttpError(404, `no document ${id}`);
    return d;
  }
  if (p === '/api/code') {
    if (method !== 'POST') throw new HttpError(405, 'use POST');
    const body = await readBody(req);
    let text;
    let date = null;
    if ((req.headers['content-type'] ?? '').includes('application/json')) {
      let j;
      try {
        j = JSON.parse(body);
      } catch {
        throw new HttpError(400, 'body is not valid JSON');
      }
      if (typeof j.text !== 'string') throw new HttpError(400, 'missing "text"');
      text = j.text;
      if (j.date != null && j.date !== '') {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(j.date)) throw new HttpError(400, 'bad date: expected YYYY-MM-DD');
        date = j.date;
      }
    } else {
      text = body;
    }
    if (!text.trim()) throw new HttpError(400, 'empty text');
    return { document: { id: 'pasted', text, date }, events: toyCode(text, date, 'pasted') };
  }
  throw new HttpError(404, `no such endpoint ${p}`);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.woff2': 'font/woff2', '.map': 'application/json',
};

function serveStatic(req, res, url) {
  let rel = decodeURIComponent(url.pathname);
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.normalize(path.join(DIST, rel));
  if (!file.startsWith(DIST)) {
    res.writeHead(403).end();
    return;
  }
  fs.readFile(file, (err, data) => {
    if (err) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(
        fs.existsSync(DIST) ? 'not found' : `no build at ${DIST}: run npm run build in web/`,
      );
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(req.method === 'HEAD' ? undefined : data);
  });
}

const server = http.createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (!url.pathname.startsWith('/api/')) return serveStatic(req, res, url);
  if (DELAY) await new Promise((r) => setTimeout(r, DELAY));
  try {
    const out = await api(req, url);
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(out));
  } catch (e) {
    const status = e.status ?? 500;
    if (status === 500) console.error(e);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: e.message }));
  }
});

server.listen(PORT, HOST, () => {
  const { port } = server.address();
  console.log(`mock-server listening on http://${HOST}:${port}/ (dist: ${DIST})`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
