// Thin client for the rasad JSON API (docs/api.md). Paths are resolved against the page,
// so the dashboard works when served from `/` (rasad serve) or behind a path prefix.

export class ApiError extends Error {
  constructor(message, status) {
    super(message);
    this.status = status;
  }
}

function apiUrl(path, params) {
  const url = new URL(path.replace(/^\//, ''), document.baseURI);
  if (params) {
    for (const [k, v] of Object.entries(params)) {
      if (v !== undefined && v !== null && v !== '') url.searchParams.set(k, v);
    }
  }
  return url;
}

async function handle(res) {
  let body = null;
  const text = await res.text();
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    if (!res.ok) throw new ApiError(`HTTP ${res.status}`, res.status);
    throw new ApiError(`bad JSON from server (HTTP ${res.status})`, res.status);
  }
  if (!res.ok) throw new ApiError(body?.error || `HTTP ${res.status}`, res.status);
  return body;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function apiGet(path, params, signal) {
  // the server allows 50 requests/s per client: on 429 wait a little and retry (twice)
  for (let attempt = 0; ; attempt++) {
    const res = await fetch(apiUrl(path, params), { signal, headers: { accept: 'application/json' } });
    if (res.status === 429 && attempt < 2) {
      await sleep(400 * (attempt + 1));
      continue;
    }
    return handle(res);
  }
}

export async function apiPost(path, json, signal) {
  const res = await fetch(apiUrl(path), {
    method: 'POST',
    signal,
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(json),
  });
  return handle(res);
}

/** The shared filter parameters of /api/events, /api/timeline, /api/network, /api/places. */
export function filterParams(f, { withDates = true } = {}) {
  const p = {};
  if (withDates && f.from) p.from = f.from;
  if (withDates && f.to) p.to = f.to;
  if (f.actor) p.actor = f.actor;
  if (/^[A-Za-z]{3}$/.test(f.country ?? '')) p.country = f.country.toUpperCase(); // ISO alpha-3 only
  if (f.types && f.types.size) p.type = [...f.types].join(',');
  if (f.q) p.q = f.q;
  return p;
}

export const docPath = (docId) => `api/documents/${encodeURIComponent(docId)}`;
