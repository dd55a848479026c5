import { h } from './dom.ts';

export interface RoleSpan { role: 'source' | 'target' | 'trigger' | 'attribution' | 'actor'; start: number; end: number; title?: string }

const PRIORITY: Record<RoleSpan['role'], number> = { trigger: 4, source: 3, target: 3, attribution: 2, actor: 1 };

/**
 * `text` with the spans marked, built from Text nodes and <mark> elements only. Offsets are
 * relative to `text` (UTF-16, as the API gives them minus the sentence start). Overlapping
 * spans nest by splitting at every boundary; the innermost role (trigger before actors) names
 * the mark, and every covering role is in its class.
 */
export function highlighted(text: string, spans: RoleSpan[], className = 'evidence'): HTMLElement {
  const valid = spans.filter((s) => s.start >= 0 && s.end <= text.length && s.end > s.start);
  const cuts = new Set<number>([0, text.length]);
  for (const sp of valid) { cuts.add(sp.start); cuts.add(sp.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out = h('p', { class: className, lang: 'und' });
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = valid.filter((sp) => sp.start <= a && sp.end >= b).sort((x, y) => PRIORITY[y.role] - PRIORITY[x.role]);
    if (!covering.length) { out.appendChild(document.createTextNode(piece)); continue; }
    const top = covering[0];
    out.appendChild(h('mark', {
      class: [...new Set(covering.map((c) => `hl-${c.role}`))].join(' '),
      'data-role': top.role,
      title: covering.map((c) => c.title ?? c.role).join(' · '),
    }, piece));
  }
  return out;
}

export function legend(): HTMLElement {
  return h('p', { class: 'legend' },
    h('mark', { class: 'hl-source' }, 'source'), ' ', h('mark', { class: 'hl-target' }, 'target'), ' ',
    h('mark', { class: 'hl-trigger' }, 'trigger'));
}
