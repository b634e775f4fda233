/**
 * The browsers a browser extension says it runs on, from its WebExtension manifests: a browser
 * extension states its oldest browsers there, not in a `browserslist` (Firefox refuses to
 * install it on an older one), and its `package.json` `engines.node` names the Node of its build.
 *
 * Read: every `manifest*.json` / `*-manifest*.json` in the package folder and in each direct
 * subfolder that holds a `manifest.json` (`src/`, `source/`, `public/`, `manifest/`: where
 * extensions keep them, often one per browser beside it — `manifest-firefox.json`,
 * `firefox-manifest-extra.json`) that is a WebExtension manifest (it has
 * `manifest_version`, `minimum_chrome_version`, or `browser_specific_settings` / `applications`;
 * a web app manifest has none of them), and a `manifest` object in package.json (Plasmo's):
 * - `minimum_chrome_version` ("106.0.0.0"): Chrome (and Edge) from that version;
 * - `browser_specific_settings.gecko.strict_min_version` (also `gecko_android`, and the older
 *   `applications` key; Thunderbird's too: its Gecko numbers are Firefox's): Firefox from that;
 * - `browser_specific_settings.safari.strict_min_version`: Safari from that.
 * Each is a browserslist-style query (`firefox >= 78`); all of them together are a union (the
 * oldest decides, see browserslist-target.ts). A manifest without a minimum for a browser does
 * not restrict it. Real-world: a dark-mode extension whose Firefox manifest says 78.0 got
 * `AbortSignal.timeout` (Firefox 100) in its background and content code.
 */
import fs from 'node:fs';
import path from 'node:path';
import { decideBrowserslist, type BrowserslistSupport } from './browserslist-target';
import { readJsonObject } from './read-json';

const MANIFEST_FILE = /^manifest.*\.json$|^.*-manifest(?:-[\w-]+)?\.json$/i;
const SKIPPED_DIR = /^(?:\.|node_modules$)/;

function objectAt(value: unknown, key: string): Record<string, unknown> | null {
  const child = value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
  return child && typeof child === 'object' && !Array.isArray(child) ? (child as Record<string, unknown>) : null;
}

function majorMinor(value: unknown): string | null {
  const match = typeof value === 'string' ? /^\s*(\d+(?:\.\d+)?)/.exec(value) : null;
  return match ? match[1]! : null;
}

/** The browserslist-style queries a WebExtension manifest implies, or `null` when it is none. */
export function manifestQueries(manifest: Record<string, unknown>): string[] | null {
  const specific = objectAt(manifest, 'browser_specific_settings') ?? objectAt(manifest, 'applications');
  const isExtension = manifest.manifest_version !== undefined || manifest.minimum_chrome_version !== undefined || specific !== null;
  if (!isExtension) return null;
  const queries: string[] = [];
  const chrome = majorMinor(manifest.minimum_chrome_version);
  if (chrome) queries.push(`chrome >= ${chrome}`);
  for (const key of ['gecko', 'gecko_android']) {
    const firefox = majorMinor(objectAt(specific, key)?.strict_min_version);
    if (firefox) queries.push(`firefox >= ${firefox}`);
  }
  const safari = majorMinor(objectAt(specific, 'safari')?.strict_min_version);
  if (safari) queries.push(`safari >= ${safari}`);
  return queries;
}

function listManifests(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.filter((entry) => entry.isFile() && MANIFEST_FILE.test(entry.name)).map((entry) => path.join(dir, entry.name));
}

/** What the extension manifests of the package in `projectDir` say, or `null` when it has none that decides. */
export function readExtensionManifestSupport(projectDir: string, pkg: Record<string, unknown> | null): BrowserslistSupport | null {
  const found: { where: string; queries: string[] }[] = [];
  const packageManifest = objectAt(pkg, 'manifest');
  const fromPackage = packageManifest ? manifestQueries(packageManifest) : null;
  if (fromPackage && fromPackage.length > 0) found.push({ where: 'package.json manifest', queries: fromPackage });
  let subdirs: fs.Dirent[] = [];
  try {
    subdirs = fs.readdirSync(projectDir, { withFileTypes: true }).filter((entry) => entry.isDirectory() && !SKIPPED_DIR.test(entry.name));
  } catch {
    return null;
  }
  // A subfolder is listed only when it holds a `manifest.json`: listing every folder would make
  // the --cache settings snapshot stale at each file added anywhere (run-target.ts)
  const folders = subdirs.map((entry) => path.join(projectDir, entry.name)).filter((dir) => fs.existsSync(path.join(dir, 'manifest.json')));
  const files = [...listManifests(projectDir), ...folders.flatMap(listManifests)];
  for (const file of files) {
    const manifest = readJsonObject(file);
    const queries = manifest ? manifestQueries(manifest) : null;
    if (queries && queries.length > 0) found.push({ where: path.relative(projectDir, file).split(path.sep).join('/'), queries });
  }
  const queries = [...new Set(found.flatMap((each) => each.queries))];
  const decided = decideBrowserslist(queries);
  if (!decided) return null;
  return { ...decided, source: `the extension manifests' minimum browsers "${queries.join(', ')}" (${found.map((each) => each.where).join(', ')})` };
}
