export interface Route { path: string[]; query: URLSearchParams }

export function currentRoute(): Route {
  const raw = location.hash.replace(/^#\/?/, '');
  const [p, qs] = raw.split('?', 2);
  return { path: p.split('/').filter(Boolean).map((x) => decodeURIComponent(x)), query: new URLSearchParams(qs ?? '') };
}

export function navigate(hash: string): void {
  if (location.hash === hash) window.dispatchEvent(new HashChangeEvent('hashchange'));
  else location.hash = hash;
}
