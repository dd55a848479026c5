import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { parse } from 'yaml';

const LEXICON = fileURLToPath(new URL('../lexicon/shared/', import.meta.url));
const ATLAS = fileURLToPath(new URL('../node_modules/world-atlas/countries-110m.json', import.meta.url));

let countriesCache: Country[] | null = null;
const readCountries = (): Country[] => (countriesCache ??= parse(readFileSync(LEXICON + 'countries.yml', 'utf8')) as Country[]);

interface Country { code: string; iso2?: string; en?: { names?: string[] } }
interface Org { code?: string; en?: string[] }
interface Topo { objects: { countries: { geometries: { id?: string; properties: { name: string; a3?: string } }[] } } }

// Natural Earth's short names that no lexicon name matches.
const ATLAS_ALIASES: Record<string, string> = {
  'Dem. Rep. Korea': 'PRK', 'Central African Rep.': 'CAF', 'Bosnia and Herz.': 'BIH', 'Dominican Rep.': 'DOM',
  'Dem. Rep. Congo': 'COD', 'Eq. Guinea': 'GNQ', 'S. Sudan': 'SSD', 'W. Sahara': 'ESH', 'Solomon Is.': 'SLB',
  'Falkland Is.': 'FLK', 'Fr. S. Antarctic Lands': 'ATF', 'N. Cyprus': 'CYP', 'Somaliland': 'SOM', 'Kosovo': 'XKX',
  'Palestine': 'PSE', 'eSwatini': 'SWZ', 'Macedonia': 'MKD', 'Taiwan': 'TWN', "Côte d'Ivoire": 'CIV', 'Congo': 'COG',
  'Czechia': 'CZE', 'Timor-Leste': 'TLS', 'United States of America': 'USA', 'Russia': 'RUS', 'Iran': 'IRN',
  'Syria': 'SYR', 'Vietnam': 'VNM', 'Laos': 'LAO', 'Bolivia': 'BOL', 'Venezuela': 'VEN', 'Tanzania': 'TZA', 'Moldova': 'MDA',
  'South Korea': 'KOR', 'North Korea': 'PRK', 'Brunei': 'BRN', 'Turkey': 'TUR',
};

/**
 * Data the explorer needs from the lexicon and the atlas, bundled at build time (nothing is
 * fetched at run time): `virtual:lexicon` (country and organisation names, CAMEO labels) and
 * `virtual:atlas` (world-atlas 110m countries, each tagged with its ISO alpha-3 code).
 */
function lagebildData(): Plugin {
  return {
    name: 'lagebild-data',
    resolveId: (id) => (id === 'virtual:lexicon' || id === 'virtual:atlas' ? '\0' + id : null),
    load(id) {
      if (id === '\0virtual:lexicon') {
        const countries = readCountries();
        const names: Record<string, string> = {};
        for (const c of countries) if (c.code && c.en?.names?.[0]) names[c.code] = c.en.names[0];
        try {
          const orgs = parse(readFileSync(LEXICON + 'organisations.yml', 'utf8')) as Org[];
          for (const o of orgs) {
            const n = o.en?.[0];
            // Only organisations of their own (UNO, NATO, HTS): a country code with a role
            // (RUSGOV, RUSPTY) is named from the country, not after one party or body with it.
            if (o.code && n && !names[o.code] && !names[o.code.slice(0, 3)]) names[o.code] = n;
          }
        } catch { /* names fall back to codes */ }
        const codes: Record<string, string> = {};
        for (const c of parse(readFileSync(LEXICON + 'cameo-codes.yml', 'utf8')) as { code: string; label: string }[]) codes[c.code] = c.label;
        return `export const actorNames = ${JSON.stringify(names)};\nexport const cameoLabels = ${JSON.stringify(codes)};\n`;
      }
      if (id === '\0virtual:atlas') {
        const topo = JSON.parse(readFileSync(ATLAS, 'utf8')) as Topo;
        const countries = readCountries();
        const byName = new Map<string, string>();
        for (const c of countries) for (const n of c.en?.names ?? []) byName.set(n.toLowerCase(), c.code);
        for (const g of topo.objects.countries.geometries) {
          const a3 = ATLAS_ALIASES[g.properties.name] ?? byName.get(g.properties.name.toLowerCase());
          if (a3) g.properties.a3 = a3;
        }
        return `export default ${JSON.stringify(topo)};\n`;
      }
      return null;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  plugins: [lagebildData()],
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 600 },
  server: { proxy: Object.fromEntries(['/events', '/actors', '/dyads', '/relations', '/graph', '/search', '/stats', '/documents', '/code'].map((p) => [p, 'http://127.0.0.1:8080'])) },
});
