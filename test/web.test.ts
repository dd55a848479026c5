/**
 * The web explorer in a real browser: Debian's chromium driven by playwright-core, against the
 * production build served by the API's own server (127.0.0.1, a free port, a temporary database
 * holding the seeds). Screenshots of every page at 1280×800 and 390×844 go to
 * test-output/screenshots/. In CI (CI=true) these tests must run; elsewhere they are skipped only
 * when /usr/bin/chromium is absent.
 */
import { test, before, after, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { openStore, type Store } from '../src/store/database.ts';
import { createCoder } from '../src/pipeline/processor.ts';
import { createServer } from '../src/server/app.ts';
import { ensureWebBuilt } from '../src/server/static.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEEDS = existsSync(join(ROOT, '..', 'shared', 'seeds')) ? join(ROOT, '..', 'shared', 'seeds') : join(ROOT, 'examples');
const CHROMIUM = '/usr/bin/chromium';
const SHOTS = join(ROOT, 'test-output', 'screenshots');
const CI = process.env.CI === 'true' || process.env.CI === '1';
const SKIP = !CI && !existsSync(CHROMIUM) ? 'no /usr/bin/chromium here (CI installs it with apt-get)' : false;

const XSS_DOC = 'date 2025-02-03\nRussia condemned Iran on Monday over <script>window.__xss = 1</script> and <img src=x onerror="window.__xss = 2"> in Tehran.';
const SEED_PARAGRAPH = 'date 2025-01-13\nRussland und der Iran wollen nach Angaben aus Moskau in den kommenden Tagen eine „strategische Partnerschaft“ vereinbaren. Präsident Wladimir Putin werde den iranischen Präsidenten Massud Peseschkian am Freitag in Russland empfangen und zusammen mit ihm ein Abkommen über eine „umfassende strategische Partnerschaft“ unterzeichnen, kündigte der Kreml am Montag an.';

let tmp: string;
let store: Store;
let app: FastifyInstance;
let base: string;
let browser: Browser;
let rusIrnEvent: string;

before(async () => {
  if (SKIP) return;
  await ensureWebBuilt({ quiet: true });
  tmp = mkdtempSync(join(tmpdir(), 'lagebild-web-'));
  store = await openStore(join(tmp, 'web.db'));
  app = await createServer({ store, coder: await createCoder() });
  for (const f of readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()) {
    const r = await app.inject({ method: 'POST', url: `/documents?id=${f}&published=2025-06-23`, headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: readFileSync(join(SEEDS, f), 'utf8') });
    assert.equal(r.statusCode, 200, r.body);
  }
  const xss = await app.inject({ method: 'POST', url: '/documents?id=xss.txt', headers: { 'content-type': 'text/plain; charset=utf-8' }, payload: XSS_DOC });
  assert.equal(xss.statusCode, 200, xss.body);
  assert.ok(xss.json().events.length >= 1, 'the hostile article yields an event');
  rusIrnEvent = (await app.inject({ method: 'GET', url: '/events?dyad=RUS,IRN&code=057' })).json().events[0]?.id
    ?? (await app.inject({ method: 'GET', url: '/events?dyad=RUS,IRN' })).json().events[0].id;
  base = (await app.listen({ port: 0, host: '127.0.0.1' })) + '/';
  const { chromium } = await import('playwright-core');
  // launch() starts from a new, empty user-data directory of its own each time.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  if (SKIP) return;
  await browser?.close();
  await app?.close();
  await store?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

interface Watched { page: Page; context: BrowserContext; errors: string[]; foreign: string[] }

/** A page whose console errors, uncaught exceptions and requests to anywhere but the server are recorded. */
async function open(viewport: { width: number; height: number }): Promise<Watched> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const errors: string[] = [];
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('data:')) return route.continue();
    foreign.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(`${m.text()} (${m.location().url})`); });
  page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
  page.on('dialog', (d) => { errors.push(`dialog: ${d.message()}`); void d.dismiss(); });
  return { page, context, errors, foreign };
}

/** Navigates to a hash route and waits until the page says it has rendered. */
async function visit(page: Page, hash: string, ready: string): Promise<void> {
  if (page.url().startsWith(base)) await page.evaluate((h) => { location.hash = h; }, hash);
  else await page.goto(base + hash);
  await page.waitForSelector(`body[data-ready="${ready}"]`, { timeout: 15000 });
}

describe('web explorer', { skip: SKIP }, () => {
  test('every page loads without console errors, fetches nothing from elsewhere; screenshots at laptop and phone width', async () => {
    const pages: [string, string, string][] = [
      ['overview', '#/', 'overview'],
      ['events', '#/events', 'events'],
      ['events-selected', `#/events?sel=${rusIrnEvent}`, 'events'],
      ['event', `#/event/${rusIrnEvent}`, 'event'],
      ['dyad', '#/dyad/RUS/IRN', 'dyad'],
      ['actor', '#/actor/RUS', 'actor'],
      ['network', '#/network', 'network'],
      ['map', '#/map', 'map'],
      ['try', '#/try', 'try'],
    ];
    for (const [label, viewport] of [['desktop', { width: 1280, height: 800 }], ['phone', { width: 390, height: 844 }]] as const) {
      const w = await open(viewport);
      try {
        for (const [name, hash, ready] of pages) {
          await w.page.goto(base + hash);
          await w.page.waitForSelector(`body[data-ready="${ready}"]`, { timeout: 15000 });
          assert.equal(await w.page.locator('div.problem').count(), 0, `${name}: ${await w.page.locator('div.problem').allTextContents()}`);
          if (name === 'events-selected') await w.page.waitForSelector('.event-detail p.evidence');
          await w.page.screenshot({ path: join(SHOTS, `${name}-${label}.png`), fullPage: true });
          const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(overflow <= 1, `${name} at ${viewport.width}px scrolls sideways by ${overflow}px`);
        }
        assert.deepEqual(w.errors, [], `console errors at ${label} width`);
        assert.deepEqual(w.foreign, [], 'requests to anywhere but the server');
      } finally { await w.context.close(); }
    }
  });

  test('from the overview to the Russia–Iran dyad, to an event and its evidence sentence with highlighted spans', async () => {
    const w = await open({ width: 1280, height: 800 });
    try {
      await w.page.goto(base);
      await w.page.waitForSelector('body[data-ready="overview"]');
      await w.page.locator('ol.dyads a.dyad[data-dyad="RUS-IRN"], ol.dyads a.dyad[data-dyad="IRN-RUS"]').first().click();
      await w.page.waitForSelector('body[data-ready="dyad"]');
      const title = await w.page.locator('h1').textContent();
      assert.match(title ?? '', /Russia/);
      assert.match(title ?? '', /Iran/);
      assert.ok(await w.page.locator('svg.chart').count() >= 1, 'the dyad has charts');
      const link = w.page.locator('ol.key-events a.event-link').first();
      const id = await link.getAttribute('data-event');
      await link.click();
      await w.page.waitForSelector('body[data-ready="event"]');
      const detail = (await app.inject({ method: 'GET', url: `/events/${id}` })).json();
      const evidence = w.page.locator('.event-detail p.evidence');
      await evidence.waitFor();
      const sentence = detail.evidence.spans.find((s: { role: string }) => s.role === 'sentence').text;
      assert.equal(await evidence.textContent(), sentence, 'the evidence sentence, exactly');
      assert.equal(await evidence.locator('mark[data-role="trigger"]').first().textContent(), detail.event.trigger.text);
      const actors = await evidence.locator('mark.hl-source, mark.hl-target').allTextContents();
      assert.ok(actors.length >= 1, 'actor spans are highlighted');
      if (detail.event.source) assert.ok(actors.join('').includes(detail.event.source.text.split(' ').pop()), actors.join('|'));
      assert.match(await w.page.locator('.event-detail dl.facts').textContent() ?? '', /Status.*(actual|planned|alleged|hypothetical|negated)/s);
      assert.deepEqual(w.errors, []);
    } finally { await w.context.close(); }
  });

  test('"Try it" codes a pasted seed paragraph, shows its events with spans, and stores nothing', async () => {
    const before = (await app.inject({ method: 'GET', url: '/stats' })).json();
    const w = await open({ width: 1280, height: 800 });
    try {
      await visit(w.page, '#/try', 'try');
      await w.page.fill('textarea[name="text"]', SEED_PARAGRAPH);
      await w.page.click('button[name="code"]');
      await w.page.waitForSelector('.try-event');
      const cards = w.page.locator('.try-event');
      assert.ok(await cards.count() >= 2, 'the paragraph yields events');
      assert.ok(await w.page.locator('.try-event mark[data-role="trigger"]').count() >= 2);
      assert.ok(await w.page.locator('.try-event mark.hl-source').count() >= 1);
      const codes = await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-code')));
      assert.ok(codes.includes('043') || codes.includes('057'), codes.join(','));
      assert.match(await w.page.locator('[role=status]').textContent() ?? '', /Nothing was stored/);
      await w.page.screenshot({ path: join(SHOTS, 'try-coded-desktop.png'), fullPage: true });
      assert.deepEqual(w.errors, []);
    } finally { await w.context.close(); }
    const afterStats = (await app.inject({ method: 'GET', url: '/stats' })).json();
    assert.equal(afterStats.documents, before.documents, 'nothing stored');
  });

  test('article text with <script> and <img onerror> shows literally and runs nothing', async () => {
    const w = await open({ width: 1280, height: 800 });
    try {
      await visit(w.page, '#/events?doc=xss.txt', 'events');
      await w.page.locator('table.events tbody tr').first().click();
      const evidence = w.page.locator('.event-detail p.evidence');
      await evidence.waitFor();
      const text = await evidence.textContent();
      assert.ok(text?.includes('<script>window.__xss = 1</script>'), text ?? '');
      assert.ok(text?.includes('<img src=x onerror="window.__xss = 2">'), text ?? '');
      assert.ok((await w.page.locator('table.events').textContent())?.includes('<script>'), 'the table shows it literally too');
      // The same text pasted into "Try it".
      await visit(w.page, '#/try', 'try');
      await w.page.fill('textarea[name="text"]', XSS_DOC);
      await w.page.click('button[name="code"]');
      await w.page.waitForSelector('.try-event');
      assert.ok((await w.page.locator('.try-event p.evidence').first().textContent())?.includes('<img src=x onerror='));
      await w.page.waitForTimeout(200);
      assert.equal(await w.page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined, 'nothing ran');
      assert.equal(await w.page.locator('#app script, #app img').count(), 0, 'no element was made from the text');
      await w.page.screenshot({ path: join(SHOTS, 'script-text-desktop.png'), fullPage: true });
      assert.deepEqual(w.errors, []);
    } finally { await w.context.close(); }
  });
});
