/**
 * Which abort APIs the browsers a project's `browserslist` names have, read without the
 * browserslist package (it runs JS configs and needs caniuse data). Only what a query says by
 * itself is understood; the rest is undecided and does not restrict the target.
 *
 * Sources: package.json `browserslist` (a string, an array, or an object of environments) and
 * `.browserslistrc` (one query or a comma-separated list per line, `#` comments, `[env]`
 * sections). Every environment counts (the fixed code runs in all of them).
 *
 * Understood (case-insensitive; `,` and `or` join queries):
 * - `<browser> >= V`, `> V`, `V`, `V1-V2`: the browser's oldest version is V (V1), for chrome,
 *   edge, firefox, opera, safari, ios_saf, samsung, and_chr / android (as chrome), and_ff
 *   (as firefox); `<browser> <= V` / `< V`: it may be any older version (lacks both APIs);
 * - `ie …`, `ie_mob …`, `op_mini …`, `bb …`, `op_mob …`, `kaios …`, `baidu …`, `and_uc …`,
 *   `and_qq …`: browsers with neither API;
 * - `node >= V` (and the other version forms above) for Node, `electron >= V` for Electron (its
 *   Chromium: `timeout` from 20, `any` from 27);
 * - any other browser named with a version: lacks both (its support is unknown);
 * - `last N years`: browsers released since then, which lack an API when the period reaches back
 *   before the last major engine shipped it (Safari 16 for `timeout`, Safari 17.4 / Firefox 124
 *   for `any`) — decided against today's date.
 * Undecided (no restriction): `defaults`, `last N versions`, `> 0.5%`, `cover …`,
 * `not dead`, `Firefox ESR`, `supports …`, `baseline …`, `maintained node versions`,
 * `current node`, `extends …`, `dead`, `unreleased …`, and every `not …` query (an exclusion
 * only narrows). `a and b` is decided by its decidable parts (an intersection is no older).
 */
import fs from 'node:fs';
import path from 'node:path';

export interface BrowserslistSupport {
  timeout: boolean;
  any: boolean;
  /** The queries as read, for messages: `browserslist "chrome >= 100, safari 15" (package.json)`. */
  source: string;
}

/** First browser versions with each API (MDN); the `target.browsers` config reads it too. */
export const BROWSER_SUPPORT: Readonly<Record<string, { timeout: number; any: number }>> = {
  chrome: { timeout: 103, any: 116 },
  edge: { timeout: 103, any: 116 },
  opera: { timeout: 89, any: 102 },
  firefox: { timeout: 100, any: 124 },
  safari: { timeout: 16, any: 17.4 },
  ios_saf: { timeout: 16, any: 17.4 },
  samsung: { timeout: 20, any: 24 },
};

/** browserslist's `node` queries are read as plain versions (no backports: conservative). */
/**
 * browserslist's `electron` queries (`electron >= 35`, an Electron app's renderer): Electron's own
 * Chromium has `AbortSignal.timeout` from Electron 20 (Chrome 104) and `AbortSignal.any` from
 * Electron 27 (Chrome 118), as target.ts reads an `electron` dependency. Before, `electron` was
 * "another browser named with a version", read as lacking both: rancher-desktop's renderer
 * stores (`"browserslist": ["node 22", "electron >= 35"]`) got no fix.
 */
const ELECTRON_BROWSERSLIST = { timeout: 20, any: 27 };

const SUPPORT: Record<string, { timeout: number; any: number }> = { ...BROWSER_SUPPORT, node: { timeout: 17.3, any: 20.3 }, electron: ELECTRON_BROWSERSLIST };

const ALIASES: Record<string, string> = {
  and_chr: 'chrome',
  android: 'chrome',
  chromeandroid: 'chrome',
  and_ff: 'firefox',
  firefoxandroid: 'firefox',
  ff: 'firefox',
  ios: 'ios_saf',
  explorer: 'ie',
  samsunginternet: 'samsung',
};

const WITHOUT_APIS = new Set(['ie', 'ie_mob', 'op_mini', 'bb', 'op_mob', 'kaios', 'baidu', 'and_uc', 'and_qq']);

type Decision = { timeout: boolean; any: boolean } | null;

/**
 * When the last of the major engines shipped each API (MDN): `AbortSignal.timeout` with Safari 16
 * (2022-09-12), `AbortSignal.any` with Safari 17.4 and Firefox 124 (2024-03-05) — a `last N years`
 * query reaching before that includes browsers without it.
 */
const LAST_ENGINE_WITH = { timeout: Date.UTC(2022, 8, 12), any: Date.UTC(2024, 2, 5) };

/** Support for one query (`null`: undecided). */
function decideQuery(query: string): Decision {
  const text = query.trim().toLowerCase();
  if (text === '' || text.startsWith('not ')) return null;
  if (/\sand\s/.test(text)) {
    const parts = text.split(/\s+and\s+/).map(decideQuery).filter((part): part is NonNullable<Decision> => part !== null);
    if (parts.length === 0) return null;
    // An intersection is no older than any of its parts
    return { timeout: parts.some((part) => part.timeout), any: parts.some((part) => part.any) };
  }
  // Case: `last 7 years` (home-assistant's legacy build): browsers released since then
  const years = /^last\s+(\d+(?:\.\d+)?)\s+years?$/.exec(text);
  if (years) {
    const since = Date.now() - Number(years[1]) * 365.25 * 24 * 3600 * 1000;
    return { timeout: since >= LAST_ENGINE_WITH.timeout, any: since >= LAST_ENGINE_WITH.any };
  }
  const match = /^([a-z_]+)\s*(>=|<=|>|<)?\s*(\d+(?:\.\d+)?)(?:\s*-\s*\d+(?:\.\d+)?)?$/.exec(text) ?? /^([a-z_]+)\s+(all)$/.exec(text);
  if (!match) return null;
  const name = ALIASES[match[1]!] ?? match[1]!;
  if (WITHOUT_APIS.has(name)) return { timeout: false, any: false };
  const support = SUPPORT[name];
  if (!support || match[3] === undefined) return { timeout: false, any: false };
  const operator = match[2];
  // Case: `safari <= 16`: any older version
  if (operator === '<' || operator === '<=') return { timeout: false, any: false };
  let version = Number(match[3]);
  if (operator === '>') version += name === 'node' ? 0.1 : 1;
  return { timeout: version >= support.timeout, any: version >= support.any };
}

/** Support for a list of queries (a union: the oldest decides); `null` when none is decided. */
export function decideBrowserslist(queries: readonly string[]): { timeout: boolean; any: boolean } | null {
  let result: { timeout: boolean; any: boolean } | null = null;
  for (const query of queries.flatMap((line) => line.split(/,|\s+or\s+/i))) {
    const decision = decideQuery(query);
    if (!decision) continue;
    result = result ? { timeout: result.timeout && decision.timeout, any: result.any && decision.any } : decision;
  }
  return result;
}

function fromPackageField(field: unknown): string[] {
  if (typeof field === 'string') return [field];
  if (Array.isArray(field)) return field.filter((item): item is string => typeof item === 'string');
  if (field && typeof field === 'object') return Object.values(field).flatMap(fromPackageField);
  return [];
}

function fromRcFile(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line !== '' && !/^\[.*\]$/.test(line));
}

/** What the project's browserslist in `projectDir` says, or `null` when it has none or none is decided. */
export function readBrowserslistSupport(projectDir: string, pkg: Record<string, unknown> | null): BrowserslistSupport | null {
  let queries: string[] = [];
  let where = '';
  if (pkg && pkg.browserslist !== undefined) {
    queries = fromPackageField(pkg.browserslist);
    where = 'package.json';
  } else {
    try {
      queries = fromRcFile(fs.readFileSync(path.join(projectDir, '.browserslistrc'), 'utf8'));
      where = '.browserslistrc';
    } catch {
      return null;
    }
  }
  const decided = decideBrowserslist(queries);
  if (!decided) return null;
  return { ...decided, source: `browserslist "${queries.join(', ')}" (${where})` };
}
