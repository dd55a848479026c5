import './style.css';
import { h, clear } from './dom.ts';
import { currentRoute } from './router.ts';
import { filterQuery, lastFilters } from './filters.ts';
import { overviewPage } from './pages/overview.ts';
import { eventPage, eventsPage } from './pages/events.ts';
import { dyadPage } from './pages/dyad.ts';
import { actorPage } from './pages/actor.ts';
import { networkPage } from './pages/network.ts';
import { mapPage } from './pages/map.ts';
import { tryPage } from './pages/try.ts';
import { ApiFailure } from './api.ts';

const app = document.getElementById('app')!;
const nav = document.getElementById('nav')!;

const PAGES: { key: string; label: string; href: () => string }[] = [
  { key: '', label: 'Overview', href: () => '#/' },
  { key: 'events', label: 'Events', href: () => `#/events${filterQuery(lastFilters())}` },
  { key: 'network', label: 'Network', href: () => '#/network' },
  { key: 'map', label: 'Map', href: () => `#/map${filterQuery(lastFilters())}` },
  { key: 'try', label: 'Try it', href: () => '#/try' },
];

function renderNav(active: string): void {
  clear(nav);
  for (const p of PAGES) nav.append(h('a', { href: p.href(), class: p.key === active ? 'on' : null, 'aria-current': p.key === active ? 'page' : null }, p.label));
}

let generation = 0;
async function render(): Promise<void> {
  const mine = ++generation;
  const { path, query } = currentRoute();
  const [page = '', ...args] = path;
  document.body.removeAttribute('data-ready');
  renderNav(page === 'event' ? 'events' : page);
  const root = h('div', { class: `page page-${page || 'overview'}` });
  clear(app);
  app.append(h('p', { class: 'muted loading' }, 'Loading…'));
  try {
    switch (page) {
      case '': await overviewPage(root); break;
      case 'events': await eventsPage(root, query); break;
      case 'event': await eventPage(root, args[0] ?? ''); break;
      case 'dyad': await dyadPage(root, args[0] ?? '', args[1] ?? '', query); break;
      case 'actor': await actorPage(root, args[0] ?? ''); break;
      case 'network': await networkPage(root); break;
      case 'map': await mapPage(root, query); break;
      case 'try': await tryPage(root); break;
      default: root.append(h('h1', null, 'Not found'), h('p', null, 'No such page. ', h('a', { href: '#/' }, 'Back to the overview')));
    }
  } catch (e) {
    const msg = e instanceof ApiFailure ? e.message : `Something went wrong: ${(e as Error).message}`;
    root.append(h('div', { class: 'problem' }, h('p', null, msg), h('p', null, h('a', { href: '#/' }, 'Back to the overview'))));
  }
  if (mine !== generation) return;
  clear(app);
  app.append(root);
  const title = root.querySelector('h1')?.textContent;
  document.title = title ? `${title} · Lagebild` : 'Lagebild explorer';
  document.body.dataset.ready = page || 'overview';
}

window.addEventListener('hashchange', () => { void render().then(() => window.scrollTo(0, 0)); });
void render();
