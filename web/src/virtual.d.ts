declare module 'virtual:lexicon' {
  export const actorNames: Record<string, string>;
  export const cameoLabels: Record<string, string>;
}
declare module 'virtual:atlas' {
  import type { Topology, GeometryCollection } from 'topojson-specification';
  const topo: Topology<{ countries: GeometryCollection<{ name: string; a3?: string }>; land: GeometryCollection }>;
  export default topo;
}
