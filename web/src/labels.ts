import { actorNames, cameoLabels } from 'virtual:lexicon';
import { h } from './dom.ts';

const ROLES: Record<string, string> = {
  GOV: 'government', MIL: 'military', COP: 'police', JUD: 'judiciary', LEG: 'legislature', OPP: 'opposition', REB: 'rebels',
  BUS: 'business', MED: 'media', CVL: 'civilians', ELI: 'elites', SPY: 'intelligence', REF: 'refugees', IGO: 'IGO', NGO: 'NGO',
  PTY: 'party', EDU: 'education', HLH: 'health', LAB: 'labour', ENV: 'environment', AGR: 'agriculture', CRM: 'criminals', INS: 'insurgents',
};

/** "Russia", "Russia · government" for RUSGOV, or the code itself when unknown. */
export function actorName(code: string | null | undefined): string {
  if (!code) return '—';
  if (actorNames[code]) return actorNames[code];
  const base = actorNames[code.slice(0, 3)];
  if (!base) return code;
  const rest = code.slice(3).match(/.{1,3}/g) ?? [];
  return [base, ...rest.map((r) => ROLES[r] ?? r)].join(' · ');
}

/** The country-level code the dyad and actor pages use (RUSGOV → RUS). */
export const countryOf = (code: string): string => code.slice(0, 3).toUpperCase();

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s/(-])([a-z])/g, (_m, p: string, c: string) => p + c.toUpperCase());
}

export function codeLabel(code: string): string {
  const l = cameoLabels[code] ?? cameoLabels[code.slice(0, 3)] ?? cameoLabels[code.slice(0, 2)];
  return l ? (l === l.toUpperCase() ? titleCase(l) : l) : code;
}

export const ROOTS: string[] = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));
export const rootLabel = (root: string): string => codeLabel(root);

export const QUADS: Record<number, string> = { 1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict' };
export const STATUSES = ['actual', 'planned', 'alleged', 'hypothetical', 'negated'] as const;
export const RELATION_TYPES = ['ally', 'partnership', 'sanctions', 'war', 'rivalry', 'diplomatic-break'] as const;

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: `badge status-${status}`, title: `status: ${status}` }, status);
}

export function quadBadge(quad: number): HTMLElement {
  return h('span', { class: `badge quad-${quad}`, title: QUADS[quad] }, QUADS[quad] ?? `quad ${quad}`);
}

export function relationBadge(type: string, status?: string): HTMLElement {
  return h('span', { class: `badge rel-${type}`, title: status ? `${type} (${status})` : type }, type, status && status !== 'actual' ? ` · ${status}` : '');
}

export function actorLink(code: string, text?: string): HTMLAnchorElement {
  return h('a', { href: `#/actor/${encodeURIComponent(countryOf(code))}`, class: 'actor', title: code }, text ?? actorName(code));
}

/** A link to the dyad page of two actors (country level), shown as "Russia – Iran". */
export function dyadLink(a: string, b: string, text?: string): HTMLAnchorElement {
  const A = countryOf(a), B = countryOf(b);
  return h('a', { href: `#/dyad/${encodeURIComponent(A)}/${encodeURIComponent(B)}`, class: 'dyad', 'data-dyad': `${A}-${B}`, title: `dyad ${A}–${B}` }, text ?? `${actorName(A)} – ${actorName(B)}`);
}

/** "2025-01 (month)" — the event's date with its precision; never more precise than the text. */
export function dateLabel(date: string | null, precision?: string | null): string {
  if (!date) return 'no date';
  return precision ? `${date} (${precision})` : date;
}
