#!/usr/bin/env node
// End-to-end test of the rasad dashboard in headless Debian chromium (playwright-core).
//
//   node tests/e2e/dashboard.e2e.mjs --base-url http://127.0.0.1:8080 [--out DIR] [--timeout MS]
//   node tests/e2e/dashboard.e2e.mjs --mock [--out DIR]     (starts web/dev/mock-server.mjs itself)
//
// Works against `rasad serve` or web/dev/mock-server.mjs. playwright-core is resolved from
// web/node_modules (run scripts/setup_web.sh first). Nothing outside --base-url is fetched:
// every other request is aborted. Exit 0 = pass; 1 = a check failed; 2 = usage/setup error.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');

function arg(name, def) {
  const i = process.argv.indexOf(`--${name}`);
  if (i >= 0 && i + 1 < process.argv.length) return process.argv[i + 1];
  const eq = process.argv.find((a) => a.startsWith(`--${name}=`));
  return eq ? eq.slice(name.length + 3) : def;
}

let baseArg = arg('base-url', process.env.RASAD_BASE_URL);
let mock = null;
if (!baseArg && process.argv.includes('--mock')) {
  // convenience: start web/dev/mock-server.mjs on a free port and test against it
  const { spawn } = await import('node:child_process');
  mock = spawn(process.execPath, [path.join(repo, 'web', 'dev', 'mock-server.mjs'), '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  baseArg = await new Promise((resolve, reject) => {
    let buf = '';
    mock.stdout.on('data', (d) => {
      buf += d;
      const m = buf.match(/listening on (http:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
    mock.on('exit', (c) => reject(new Error(`mock server exited (${c})`)));
    setTimeout(() => reject(new Error('mock server did not start')), 10000);
  }).catch((e) => {
    console.error(`e2e: ${e.message}`);
    process.exit(2);
  });
  process.on('exit', () => mock.kill());
}
if (!baseArg) {
  console.error('usage: node tests/e2e/dashboard.e2e.mjs --base-url http://127.0.0.1:PORT [--out DIR] [--timeout MS]\n' +
    '       node tests/e2e/dashboard.e2e.mjs --mock [--out DIR]   (starts web/dev/mock-server.mjs itself)');
  process.exit(2);
}
const BASE = new URL(baseArg.endsWith('/') ? baseArg : `${baseArg}/`);
const OUT = path.resolve(arg('out', path.join(os.tmpdir(), 'rasad-e2e')));
const TIMEOUT = Number(arg('timeout', 30000));
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let chromium;
try {
  const req = createRequire(path.join(repo, 'web', 'package.json'));
  ({ chromium } = req('playwright-core'));
} catch (e) {
  console.error(`e2e: cannot load playwright-core from web/node_modules (run scripts/setup_web.sh): ${e.message}`);
  process.exit(2);
}
if (!fs.existsSync(CHROMIUM)) {
  console.error(`e2e: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  process.exit(2);
}
fs.mkdirSync(OUT, { recursive: true });

const sameOrigin = (u) => {
  try {
    return new URL(u).origin === BASE.origin;
  } catch {
    return false;
  }
};

class CheckFailed extends Error {}
const checks = [];
function check(cond, msg) {
  if (!cond) throw new CheckFailed(msg);
  checks.push(msg);
  console.log(`  ok  ${msg}`);
}

async function main() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rasad-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    viewport: { width: 1440, height: 1000 },
    locale: 'ar',
    serviceWorkers: 'block',
  });
  const blocked = [];
  const pageErrors = [];
  const apiErrors = [];
  try {
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (sameOrigin(u) || u.startsWith('data:') || u.startsWith('blob:')) return route.continue();
      blocked.push(u);
      return route.abort('blockedbyclient');
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(TIMEOUT);
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('response', (r) => {
      if (sameOrigin(r.url()) && new URL(r.url()).pathname.includes('/api/') && r.status() >= 400) apiErrors.push(`${r.status()} ${r.url()}`);
    });

    console.log(`e2e: ${BASE.href} -> screenshots in ${OUT}`);
    const health = await context.request.get(new URL('api/health', BASE).href).catch((e) => {
      throw new CheckFailed(`cannot reach ${BASE.href}api/health: ${e.message.split('\n')[0]}`);
    });
    check(health.ok(), `GET /api/health answers (${health.status()})`);
    const h = await health.json();
    check(h.events > 0, `the store has events (${h.events})`);

    // 1. dashboard loads its data
    await page.goto(BASE.href, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.__rasad && window.__rasad.ready === true, null, { timeout: TIMEOUT });
    await page.waitForSelector('[data-testid="event-row"]');
    check(await page.locator('[data-testid="map"]').isVisible(), 'map container is visible');
    await page.waitForSelector('[data-testid="event-marker"], [data-testid="event-cluster"]', { state: 'attached' });
    const markers = await page.locator('[data-testid="event-marker"], [data-testid="event-cluster"]').count();
    check(markers > 0, `map shows markers or clusters (${markers})`);
    const nodes = await page.evaluate(() => window.__rasad.cy.nodes().length);
    check(nodes > 0, `actor network has nodes (${nodes})`);
    const edges = await page.evaluate(() => window.__rasad.cy.edges().length);
    console.log(`      network edges: ${edges}`);
    const rows = await page.locator('[data-testid="event-row"]').count();
    check(rows > 0, `event table has rows (${rows})`);
    check((await page.locator('[data-testid="timeline"] rect.tl-bar').count()) > 0, 'timeline has bars');
    check((await page.getAttribute('html', 'dir')) === 'rtl', 'Arabic (RTL) is the default layout');
    await page.waitForTimeout(400); // let the map settle after fitBounds
    await page.screenshot({ path: path.join(OUT, 'dashboard.png'), fullPage: true });

    // 2. the first row opens its document with the trigger highlighted
    const firstRow = page.locator('[data-testid="event-row"]').first();
    const eventId = await firstRow.getAttribute('data-event-id');
    let trigger = await firstRow.getAttribute('data-trigger');
    if (eventId) {
      const r = await context.request.get(new URL(`api/events/${encodeURIComponent(eventId)}`, BASE).href);
      check(r.ok(), `GET /api/events/${eventId} answers (${r.status()})`);
      trigger = (await r.json()).trigger?.text;
    }
    check(!!trigger, `first event has a trigger text ("${trigger}")`);
    await firstRow.click();
    const panel = page.locator('[data-testid="doc-panel"]');
    await panel.waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.querySelector('[data-testid="doc-panel"]')?.dataset.state !== 'loading');
    check((await panel.getAttribute('data-state')) === 'ready', `document panel loaded (state ${await panel.getAttribute('data-state')})`);
    const docText = panel.locator('[data-testid="doc-text"]');
    check((await docText.getAttribute('dir')) === 'rtl' && (await docText.getAttribute('lang')) === 'ar', 'article text is dir=rtl lang=ar');
    const triggers = await docText.locator('mark.hl-trigger').allTextContents();
    check(triggers.length > 0, `document has mark.hl-trigger (${triggers.length})`);
    check(triggers.includes(trigger), `a highlighted trigger equals the event's trigger "${trigger}" (got ${JSON.stringify(triggers)})`);
    const kinds = {};
    for (const k of ['hl-source', 'hl-target', 'hl-place']) kinds[k] = await docText.locator(`mark.${k}`).count();
    console.log(`      other highlights: ${JSON.stringify(kinds)}`);
    const inView = await docText.locator('mark.hl-trigger').first().evaluate((m) => {
      const r = m.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });
    check(inView, 'the evidence (trigger) is scrolled into view');
    await page.waitForTimeout(200);
    await page.screenshot({ path: path.join(OUT, 'document.png') });
    await page.locator('[data-testid="doc-close"]').click();
    await panel.waitFor({ state: 'hidden' });

    // 3. a map marker opens its document too (first spiderfy/zoom a cluster if there are only clusters)
    const marker = page.locator('[data-testid="event-marker"]').first();
    for (let i = 0; i < 8 && (await page.locator('[data-testid="event-marker"]').count()) === 0; i++) {
      await page.locator('[data-testid="event-cluster"]').first().click(); // zooms in (or spiderfies)
      await page.waitForTimeout(700);
    }
    check((await page.locator('[data-testid="event-marker"]').count()) > 0, 'zooming into clusters reveals event markers');
    await marker.click();
    await panel.waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.querySelector('[data-testid="doc-panel"]')?.dataset.state !== 'loading');
    check((await docText.locator('mark.hl-trigger').count()) > 0, 'clicking a map marker opens its document with the trigger highlighted');
    await page.locator('[data-testid="doc-close"]').click();
    await panel.waitFor({ state: 'hidden' });

    // 4. brushing the timeline sets the date filter for every view
    const totalBefore = await page.evaluate(() => window.__rasad.state.total);
    const brush = page.locator('[data-testid="timeline-brush"]');
    const box = await brush.boundingBox();
    check(!!box && box.width > 20, 'timeline brush area is present');
    const waitRefresh = () =>
      page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/api/network') && r.url().includes('from='));
    const refreshed = waitRefresh();
    await page.mouse.move(box.x + 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    await refreshed;
    await page.waitForFunction(() => window.__rasad.state.loading === 0);
    const from = await page.inputValue('[data-testid="filter-from"]');
    const to = await page.inputValue('[data-testid="filter-to"]');
    const totalAfter = await page.evaluate(() => window.__rasad.state.total);
    check(/^\d{4}-\d{2}-\d{2}$/.test(from) && /^\d{4}-\d{2}-\d{2}$/.test(to) && from <= to, `brushing set the date filter (${from} .. ${to})`);
    check(totalAfter <= totalBefore, `the table follows the date filter (${totalBefore} -> ${totalAfter} events)`);
    const badRow = await page.$$eval('[data-testid="event-row"]', (rs, [a, b]) => rs.map((r) => r.dataset.date).find((d) => d && (d < a || d > b)) ?? null, [from, to]);
    check(badRow === null, `every table row lies in the brushed range${badRow ? ` (found ${badRow})` : ''}`);
    await page.locator('[data-testid="timeline-clear"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="filter-from"]').value === '' && window.__rasad.state.loading === 0);

    // 5. language toggle
    const before = await page.locator('[data-testid="paste-open"]').textContent();
    await page.locator('[data-testid="lang-toggle"]').click();
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
    const after = await page.locator('[data-testid="paste-open"]').textContent();
    check((await page.getAttribute('html', 'lang')) === 'en' && after !== before, `language switched to English ("${before}" -> "${after}")`);
    check((await page.locator('[data-testid="event-row"]').count()) > 0, 'table still has rows after switching language');

    // 6. paste an article
    await page.locator('[data-testid="paste-open"]').click();
    const paste = page.locator('[data-testid="paste-panel"]');
    await paste.waitFor({ state: 'visible' });
    const article = 'قصفت القوات الحكومية مدينة إدلب أمس.';
    await page.locator('[data-testid="paste-text"]').fill(article);
    // With the article's date, أمس dates the event: its words are highlighted as the date.
    await page.locator('[data-testid="paste-date"]').fill('2024-06-05');
    const [resp] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/api/code') && r.request().method() === 'POST'),
      page.locator('[data-testid="paste-submit"]').click(),
    ]);
    check(resp.ok(), `POST /api/code answers (${resp.status()})`);
    const answer = await resp.json();
    const n = Array.isArray(answer.events) ? answer.events.length : -1;
    check(n >= 0, `POST /api/code returns an events list (${n} events)`);
    await page.waitForFunction(() => ['done', 'error'].includes(document.querySelector('[data-testid="paste-result"]')?.dataset.state));
    check(!(await page.locator('[data-testid="paste-error"]').isVisible()), 'no error is shown in the paste panel');
    check((await page.locator('[data-testid="paste-result"]').getAttribute('data-state')) === 'done', 'paste result rendered');
    const shown = await page.locator('[data-testid="paste-event"]').count();
    check(shown === n, `paste panel lists the ${n} events found (${shown})`);
    if (n > 0) {
      const marks = await paste.locator('[data-testid="paste-doc"] mark.hl-trigger').allTextContents();
      const expected = answer.events.map((e) => e.trigger?.text).filter(Boolean);
      check(expected.every((t) => marks.includes(t)), `pasted text highlights the triggers ${JSON.stringify(expected)} (got ${JSON.stringify(marks)})`);
      const dates = await paste.locator('[data-testid="paste-doc"] mark.hl-date').allTextContents();
      check(answer.events.some((e) => e.date === '2024-06-04' && e.date_words?.text === 'أمس') && dates.includes('أمس'),
        `أمس dates the pasted event to 2024-06-04 and is highlighted as its date (got ${JSON.stringify(dates)})`);
    } else {
      console.log('      the API coded no event in the pasted text (accepted)');
    }
    await page.screenshot({ path: path.join(OUT, 'paste.png') });

    check(pageErrors.length === 0, `no uncaught page errors${pageErrors.length ? `: ${pageErrors.join(' | ')}` : ''}`);
    check(apiErrors.length === 0, `no failed API calls${apiErrors.length ? `: ${apiErrors.join(' | ')}` : ''}`);
    if (blocked.length) console.log(`      blocked ${blocked.length} request(s) outside ${BASE.origin}: ${[...new Set(blocked)].slice(0, 5).join(', ')}`);
  } finally {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().then(
  () => {
    console.log(`e2e: PASS (${checks.length} checks; screenshots: dashboard.png, document.png, paste.png in ${OUT})`);
    console.log(`${checks.length} passed, 0 failed`);
    process.exit(0);
  },
  (e) => {
    console.error(`e2e: FAIL: ${e instanceof CheckFailed ? e.message : e.stack || e.message}`);
    console.error(`${checks.length} passed, 1 failed`);
    process.exit(1);
  },
);
