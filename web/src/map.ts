import { geoNaturalEarth1, geoPath, geoCentroid, geoGraticule10 } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import atlas from 'virtual:atlas';
import { s } from './dom.ts';
import type { EventRecord } from './api.ts';
import { actorName } from './labels.ts';

type Country = Feature<Geometry, { name: string; a3?: string }>;
let countries: Country[] | null = null;
function allCountries(): Country[] {
  countries ??= (feature(atlas, atlas.objects.countries) as unknown as { features: Country[] }).features;
  return countries;
}

/**
 * An offline world map (world-atlas 110m, bundled): countries shaded by the events placed in
 * them, and a dot per place, sized by its events. Places without coordinates sit at their
 * country's centre. Clicking a dot or a country filters the event table by that place.
 */
export function worldMap(events: EventRecord[], o: { width?: number; height?: number; onPlace?: (place: string) => void } = {}): SVGSVGElement {
  const W = o.width ?? 960, H = o.height ?? 500;
  const proj = geoNaturalEarth1().fitExtent([[4, 4], [W - 4, H - 4]], { type: 'Sphere' });
  const path = geoPath(proj);
  const byCountry = new Map<string, number>();
  const places = new Map<string, { name: string; country: string | null; lat: number | null; lon: number | null; n: number }>();
  for (const e of events) {
    if (!e.place) continue;
    if (e.place.country) byCountry.set(e.place.country, (byCountry.get(e.place.country) ?? 0) + 1);
    const key = e.place.lat !== null ? `${e.place.name}|${e.place.lat}|${e.place.lon}` : `country|${e.place.country ?? e.place.name}`;
    const p = places.get(key) ?? { ...e.place, n: 0 };
    p.n++;
    places.set(key, p);
  }
  const maxC = Math.max(1, ...byCountry.values());
  const svg = s('svg', { viewBox: `0 0 ${W} ${H}`, class: 'map', role: 'img', 'aria-label': 'world map of events by place and country' });
  svg.appendChild(s('path', { d: path({ type: 'Sphere' }) ?? '', class: 'sphere' }));
  svg.appendChild(s('path', { d: path(geoGraticule10()) ?? '', class: 'graticule' }));
  const centre = new Map<string, [number, number]>();
  for (const c of allCountries()) {
    const a3 = c.properties.a3;
    const n = a3 ? byCountry.get(a3) ?? 0 : 0;
    if (a3) centre.set(a3, geoCentroid(c) as [number, number]);
    const el = s('path', { d: path(c) ?? '', class: `country${n ? ' has-events' : ''}`, style: n ? `fill-opacity:${0.25 + (0.6 * n) / maxC}` : null, 'data-country': a3 ?? null },
      s('title', null, `${c.properties.name}${n ? `: ${n} event(s) placed here` : ''}`));
    if (n && o.onPlace && a3) { el.addEventListener('click', () => o.onPlace!(a3)); el.classList.add('clickable'); }
    svg.appendChild(el);
  }
  const maxP = Math.max(1, ...[...places.values()].map((p) => p.n));
  for (const p of [...places.values()].sort((a, b) => b.n - a.n)) {
    const ll: [number, number] | undefined = p.lat !== null && p.lon !== null ? [p.lon, p.lat] : p.country ? centre.get(p.country) : undefined;
    if (!ll) continue;
    const xy = proj(ll);
    if (!xy) continue;
    const dot = s('circle', { cx: xy[0], cy: xy[1], r: 4 + (10 * Math.sqrt(p.n)) / Math.sqrt(maxP), class: `place${p.lat === null ? ' approx' : ''}`, 'data-place': p.name },
      s('title', null, `${p.name}${p.country ? ` (${actorName(p.country)})` : ''}: ${p.n} event(s)${p.lat === null ? ' — no coordinates, shown at the country centre' : ''}`));
    if (o.onPlace) dot.addEventListener('click', () => o.onPlace!(p.lat === null && p.country ? p.country : p.name));
    svg.appendChild(dot);
  }
  return svg;
}
