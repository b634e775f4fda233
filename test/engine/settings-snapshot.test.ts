/**
 * `--cache` keeps what the settings lookups read (a settings snapshot, settings-reads.ts): while
 * nothing they read changed, a run of the same files trusts every entry's settings without
 * looking them up. Each test primes a cache, then changes one settings input in a parent folder
 * of the files (added, changed or removed) and expects the files whose settings it changes to
 * be linted again. To show the snapshot is what decided, some tests overwrite the settings key
 * stored in each entry: a trusted snapshot never compares it, a stale one does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, type RunOptions } from '../../src/engine/run';
import type { RunResult } from '../../src/core/finding';
import { editCacheEntries } from '../helpers/cache-file';
import { initRepo, makeProject, writeFiles } from '../helpers/temp';
import { isProbeList, probesUnchanged, recordReads } from '../../src/engine/settings-reads';

/** A finding with a suggestion only (no output): `init` is a variable. */
const SUGGESTION = 'export async function load(url: string, init: RequestInit) {\n  const res = await fetch(url, init);\n  return res.json();\n}\n';
const TIMER = 'export function start(tick: () => void) {\n  setInterval(tick, 1000);\n}\n';
const CACHE = 'cache/unleak.json';

/** The parts of the cache file these tests read or spoil (the entries: helpers/cache-file.ts). */
interface CacheShape {
  settings?: { runFiles: string; probes: unknown };
}

const readCache = (dir: string): CacheShape => JSON.parse(fs.readFileSync(path.join(dir, CACHE), 'utf8')) as CacheShape;
const writeCache = (dir: string, cache: CacheShape): void => fs.writeFileSync(path.join(dir, CACHE), JSON.stringify(cache));

function cacheRun(dir: string, extra: RunOptions = {}): Promise<RunResult> {
  return run({ cwd: dir, cache: true, cacheLocation: CACHE, jobs: 1, ...extra });
}

/** Marks every finding stored in the cache (`FROM CACHE`); `settings` overwrites each entry's settings key. */
function mark(dir: string, settings?: string): void {
  editCacheEntries(path.join(dir, CACHE), (entries) => {
    for (const entry of entries.values()) {
      for (const finding of entry.findings) finding.message = 'FROM CACHE';
      if (settings !== undefined) entry.settings = settings;
    }
  });
}

function origins(result: RunResult): string[] {
  return result.findings.map((finding) => `${finding.file}: ${finding.message === 'FROM CACHE' ? 'cached' : 'fresh'}`);
}

/** Whether the stored snapshot no longer holds (what the next run checks first). */
const isStale = (dir: string): boolean => !probesUnchanged(readCache(dir).settings!.probes as Parameters<typeof probesUnchanged>[0]);

/** Gives `file` a modification time no earlier write could have had. */
function touchLater(dir: string, file: string): void {
  const later = new Date(Date.now() + 10_000);
  fs.utimesSync(path.join(dir, file), later, later);
}

const FILES = {
  'package.json': '{"name":"repo","private":true,"engines":{"node":">=20"}}\n',
  'packages/app/src/a.ts': SUGGESTION,
  'packages/app/src/b.ts': TIMER,
};
const CACHED = ['packages/app/src/a.ts: cached', 'packages/app/src/b.ts: cached'];
const FRESH = ['packages/app/src/a.ts: fresh', 'packages/app/src/b.ts: fresh'];

/** A project whose cache holds a trusted snapshot, findings marked. */
async function primed(files: Record<string, string> = FILES): Promise<string> {
  const dir = makeProject(files);
  // A repository: the lookups stop at its root instead of listing every folder up to `/`, whose
  // listings (the temp folder other tests write to) would make the snapshot stale at random.
  initRepo(dir);
  await cacheRun(dir);
  await cacheRun(dir); // the first run created the cache's folder in a folder the lookups list
  expect(readCache(dir).settings).toBeDefined();
  mark(dir);
  expect(origins(await cacheRun(dir))).toEqual(CACHED);
  mark(dir);
  return dir;
}

describe('--cache settings snapshot', () => {
  it('is trusted while nothing it read changed: the stored settings keys are not compared', async () => {
    const dir = await primed();
    mark(dir, 'not the settings');
    expect(origins(await cacheRun(dir))).toEqual(CACHED);
    // A settings input touched (same text): the snapshot is stale, the keys are compared.
    touchLater(dir, 'package.json');
    expect(origins(await cacheRun(dir))).toEqual(FRESH);
    // The run that found it stale took it again: trusted on the next run.
    mark(dir, 'not the settings');
    expect(origins(await cacheRun(dir))).toEqual(CACHED);
  });

  it('is taken again for other files: a file added to the run', async () => {
    const dir = await primed();
    mark(dir, 'not the settings');
    writeFiles(dir, { 'tools/c.ts': 'export const c = 1;\n' });
    expect(origins(await cacheRun(dir))).toEqual(FRESH);
  });

  it('is not used with --cache-strategy content', async () => {
    const dir = await primed();
    await cacheRun(dir, { cacheStrategy: 'content' });
    mark(dir, 'not the settings');
    expect(origins(await cacheRun(dir, { cacheStrategy: 'content' }))).toEqual(FRESH);
  });

  it('a corrupt snapshot is ignored, and taken again', async () => {
    const dir = await primed();
    const cache = readCache(dir);
    cache.settings = { runFiles: cache.settings!.runFiles, probes: [['/x', 'stat', 'not a size', 1]] };
    writeCache(dir, cache);
    mark(dir, 'not the settings');
    expect(origins(await cacheRun(dir))).toEqual(FRESH);
    expect(isProbeList(readCache(dir).settings?.probes)).toBe(true);
    mark(dir);
    expect(origins(await cacheRun(dir))).toEqual(CACHED);
  });

  describe('each settings input in a parent folder invalidates', () => {
    it('a prettier config added, changed and removed', async () => {
      const dir = await primed();
      writeFiles(dir, { '.prettierrc.json': '{ "printWidth": 100 }\n' });
      expect(isStale(dir)).toBe(true);
      expect(origins(await cacheRun(dir))).toEqual(FRESH);
      mark(dir);
      writeFiles(dir, { '.prettierrc.json': '{ "printWidth": 60 }\n' });
      touchLater(dir, '.prettierrc.json');
      expect(isStale(dir)).toBe(true);
      expect(origins(await cacheRun(dir))).toEqual(FRESH);
      mark(dir);
      fs.rmSync(path.join(dir, '.prettierrc.json'));
      expect(isStale(dir)).toBe(true);
      expect(origins(await cacheRun(dir))).toEqual(FRESH);
    });

    it('a prettier config in a folder between the files and the root', async () => {
      const dir = await primed();
      writeFiles(dir, { 'packages/.prettierrc': 'printWidth: 70\n' });
      expect(isStale(dir)).toBe(true);
      expect(origins(await cacheRun(dir))).toEqual(FRESH);
    });

    it('an .editorconfig added, then changed', async () => {
      const dir = await primed();
      writeFiles(dir, { 'packages/.editorconfig': '[*]\nmax_line_length = 60\n' });
      expect(isStale(dir)).toBe(true);
      expect(origins(await cacheRun(dir))).toEqual(FRESH);
      mark(dir);
      writeFiles(dir, { 'packages/.editorconfig': '[*]\nmax_line_length = 90\n' });
      touchLater(dir, 'packages/.editorconfig');
      expect(isStale(dir)).toBe(true);
      expect(origins(await cacheRun(dir))).toEqual(FRESH);
    });

    it('an eslint config added, then removed', async () => {
      const dir = await primed();
      writeFiles(dir, { '.eslintrc.json': '{ "rules": { "curly": "error" } }\n' });
      expect(isStale(dir)).toBe(true);
      expect(origins(await cacheRun(dir))).toEqual(FRESH);
      mark(dir);
      fs.rmSync(path.join(dir, '.eslintrc.json'));
      expect(isStale(dir)).toBe(true);
      expect(origins(await cacheRun(dir))).toEqual(FRESH);
    });

    it('another formatter config (biome.json)', async () => {
      const dir = await primed();
      writeFiles(dir, { 'biome.json': '{ "formatter": { "lineWidth": 50 } }\n' });
      expect(isStale(dir)).toBe(true);
      expect(origins(await cacheRun(dir))).toEqual(FRESH);
    });

    // The working directory's package.json is in the run's key (its target is the default); a
    // package's own is a settings input.
    const PACKAGE = { ...FILES, 'packages/app/package.json': '{"name":"app","engines":{"node":">=20"}}\n' };

    it("a package's package.json engines changed", async () => {
      const dir = await primed(PACKAGE);
      writeFiles(dir, { 'packages/app/package.json': '{"name":"app","engines":{"node":">=14"}}\n' });
      touchLater(dir, 'packages/app/package.json');
      expect(isStale(dir)).toBe(true);
      expect(origins(await cacheRun(dir))).toEqual(FRESH);
    });

    it("a package's browserslist added to package.json, then moved to a .browserslistrc", async () => {
      const dir = await primed({ ...PACKAGE, 'packages/app/package.json': '{"name":"app"}\n' });
      writeFiles(dir, { 'packages/app/package.json': '{"name":"app","browserslist":["chrome 80"]}\n' });
      expect(isStale(dir)).toBe(true);
      expect(origins(await cacheRun(dir))).toEqual(FRESH);
      mark(dir);
      writeFiles(dir, { 'packages/app/package.json': '{"name":"app"}\n', 'packages/app/.browserslistrc': 'chrome 80\n' });
      touchLater(dir, 'packages/app/package.json');
      expect(isStale(dir)).toBe(true);
      expect(origins(await cacheRun(dir))).toEqual(FRESH);
    });

    it('TypeScript installed (its declarations decide the abort APIs the target has)', async () => {
      const dir = await primed({ ...FILES, 'node_modules/.package-lock.json': '{}' });
      writeFiles(dir, { 'node_modules/typescript/package.json': '{"name":"typescript","version":"5.4.0"}\n' });
      expect(isStale(dir)).toBe(true);
    });

    it("a package.json added nearer the files (another project's target)", async () => {
      const dir = await primed();
      writeFiles(dir, { 'packages/app/package.json': '{"name":"app","engines":{"node":">=14"}}\n' });
      expect(isStale(dir)).toBe(true);
      expect(origins(await cacheRun(dir))).toEqual(FRESH);
    });
  });
});

describe('recordReads', () => {
  it('records reads, stats, listings, existence and absence; a change to any shows', () => {
    const dir = makeProject({ 'a/config.json': '{}', 'a/b/file.ts': '' });
    const { value, probes } = recordReads(() => {
      fs.readFileSync(path.join(dir, 'a/config.json'), 'utf8');
      fs.readdirSync(path.join(dir, 'a'));
      const there = fs.existsSync(path.join(dir, 'a/b/file.ts'));
      try {
        fs.readFileSync(path.join(dir, 'a/missing.json'));
      } catch {
        // absent
      }
      return there;
    });
    expect(value).toBe(true);
    expect(probes.map(([file, kind]) => `${path.relative(dir, file)} ${kind}`).sort()).toEqual(['a stat', 'a/b/file.ts exists', 'a/config.json stat', 'a/missing.json missing']);
    expect(isProbeList(JSON.parse(JSON.stringify(probes)))).toBe(true);
    expect(probesUnchanged(probes)).toBe(true);
    // The read functions are restored.
    expect(fs.readFileSync.name).toBe('readFileSync');
    writeFiles(dir, { 'a/missing.json': '{}' });
    expect(probesUnchanged(probes)).toBe(false);
  });
});

describe('--cache type inputs: the configuration part is kept with what it read', () => {
  const TYPED = {
    'package.json': '{"name":"lib","main":"index.js"}\n',
    'tsconfig.json': '{ "compilerOptions": { "strict": true, "target": "es2022", "module": "esnext", "moduleResolution": "bundler" }, "include": ["src"] }\n',
    'src/api.ts': 'export const client = { save: (): Promise<void> => Promise.resolve() };\n',
    'src/use.ts': "import { client } from './api';\nexport function onClick() {\n  client.save();\n}\nexport async function unrelated() {}\n",
  };
  const options: RunOptions = { rules: ['unconsumed-promise'] };

  async function primedTyped(): Promise<string> {
    const dir = makeProject(TYPED);
    expect((await cacheRun(dir, options)).findings.map((finding) => finding.file)).toEqual(['src/use.ts']);
    await cacheRun(dir, options);
    expect(readCache(dir)).toHaveProperty('typeConfig');
    mark(dir);
    expect(origins(await cacheRun(dir, options))).toEqual(['src/use.ts: cached']);
    mark(dir);
    return dir;
  }
  const typeConfigStale = (dir: string): boolean => !probesUnchanged((readCache(dir) as { typeConfig?: { probes: Parameters<typeof probesUnchanged>[0] } }).typeConfig!.probes);

  it('a lockfile added, changed and removed', async () => {
    const dir = await primedTyped();
    writeFiles(dir, { 'package-lock.json': '{"lockfileVersion":3}\n' });
    expect(typeConfigStale(dir)).toBe(true);
    expect(origins(await cacheRun(dir, options))).toEqual(['src/use.ts: fresh']);
    mark(dir);
    writeFiles(dir, { 'package-lock.json': '{"lockfileVersion":3,"packages":{}}\n' });
    expect(typeConfigStale(dir)).toBe(true);
    expect(origins(await cacheRun(dir, options))).toEqual(['src/use.ts: fresh']);
    mark(dir);
    fs.rmSync(path.join(dir, 'package-lock.json'));
    expect(origins(await cacheRun(dir, options))).toEqual(['src/use.ts: fresh']);
  });

  it('a tsconfig added nearer the files', async () => {
    const dir = await primedTyped();
    writeFiles(dir, { 'src/tsconfig.json': '{ "compilerOptions": { "strict": false } }\n' });
    expect(typeConfigStale(dir)).toBe(true);
    expect(origins(await cacheRun(dir, options))).toEqual(['src/use.ts: fresh']);
  });

  it('the tsconfig edited in place', async () => {
    const dir = await primedTyped();
    writeFiles(dir, { 'tsconfig.json': TYPED['tsconfig.json'].replace('"strict": true', '"strict": false') });
    touchLater(dir, 'tsconfig.json');
    expect(typeConfigStale(dir)).toBe(true);
    expect(origins(await cacheRun(dir, options))).toEqual(['src/use.ts: fresh']);
  });

  it('a corrupt record is ignored', async () => {
    const dir = await primedTyped();
    const cache = readCache(dir) as CacheShape & { typeConfig?: unknown };
    cache.typeConfig = { runFiles: 'x', probes: 'not a list', digest: 1 };
    writeCache(dir, cache);
    mark(dir);
    expect(origins(await cacheRun(dir, options))).toEqual(['src/use.ts: cached']);
  });
});

describe("--cache: the project root's runtime target is kept with what it read (run-target.ts)", () => {
  // The root's target is the run's (the plans' settings) and part of the run's key: a target
  // that differs from the one the entries were made with drops them all. A target written into
  // the snapshot shows that way whether the snapshot was used.
  const ROOT = { 'package.json': '{"name":"repo","private":true,"engines":{"node":">=20"}}\n', 'src/a.ts': SUGGESTION, 'src/b.ts': TIMER };
  const ALL_CACHED = ['src/a.ts: cached', 'src/b.ts: cached'];
  const ALL_FRESH = ['src/a.ts: fresh', 'src/b.ts: fresh'];
  const WRITTEN = { abortSignalTimeout: false, abortSignalAny: false, source: 'written into the snapshot' };

  interface Snapshot {
    built: number;
    projectDir: string;
    config: string;
    probes: unknown;
    target: unknown;
  }
  const editTarget = (dir: string, edit: (snapshot: Snapshot) => void): void => {
    const cache = readCache(dir) as CacheShape & { target?: Snapshot };
    edit(cache.target!);
    writeCache(dir, cache);
  };

  async function primedTarget(): Promise<string> {
    const dir = makeProject(ROOT);
    await cacheRun(dir);
    await cacheRun(dir); // the first run created the cache's folder in a folder the lookups list
    expect(readCache(dir)).toHaveProperty('target');
    mark(dir);
    expect(origins(await cacheRun(dir))).toEqual(ALL_CACHED);
    return dir;
  }

  it('is taken from the cache while nothing it read changed; a change to what it read looks it up again', async () => {
    const dir = await primedTarget();
    editTarget(dir, (snapshot) => (snapshot.target = WRITTEN));
    expect(origins(await cacheRun(dir))).toEqual(ALL_FRESH);
    mark(dir);
    expect(origins(await cacheRun(dir))).toEqual(ALL_CACHED);
    touchLater(dir, 'package.json');
    expect(origins(await cacheRun(dir))).toEqual(ALL_FRESH);
    mark(dir);
    expect(origins(await cacheRun(dir))).toEqual(ALL_CACHED);
    writeFiles(dir, { 'package.json': '{"name":"repo","private":true,"engines":{"node":">=14"}}\n' });
    touchLater(dir, 'package.json');
    const changed = await cacheRun(dir);
    expect(origins(changed)).toEqual(ALL_FRESH);
    expect(JSON.parse(JSON.stringify(changed.findings))).toEqual(JSON.parse(JSON.stringify((await run({ cwd: dir, jobs: 1 })).findings)));
  });

  it('another build, project root or target configuration looks it up again', async () => {
    const dir = await primedTarget();
    const edits: ((snapshot: Snapshot) => void)[] = [(s) => (s.built += 1), (s) => (s.projectDir = path.join(dir, 'elsewhere')), (s) => (s.config = '{"node":"14"}')];
    for (const edit of edits) {
      editTarget(dir, (snapshot) => {
        snapshot.target = WRITTEN;
        edit(snapshot);
      });
      expect(origins(await cacheRun(dir))).toEqual(ALL_CACHED);
    }
  });

  it('a corrupt snapshot is ignored and taken again; --cache-strategy content does not use it', async () => {
    const dir = await primedTarget();
    for (const spoiled of [{ ...WRITTEN, abortSignalAny: 'no' }, { ...WRITTEN, extra: { nested: true } }, 'target']) {
      editTarget(dir, (snapshot) => (snapshot.target = spoiled));
      expect(origins(await cacheRun(dir))).toEqual(ALL_CACHED);
    }
    editTarget(dir, (snapshot) => {
      snapshot.target = WRITTEN;
      snapshot.probes = [['/x', 'stat', 'not a size', 1]];
    });
    expect(origins(await cacheRun(dir))).toEqual(ALL_CACHED);
    expect(isProbeList((readCache(dir) as { target?: Snapshot }).target?.probes)).toBe(true);
    editTarget(dir, (snapshot) => (snapshot.target = WRITTEN));
    expect(origins(await cacheRun(dir, { cacheStrategy: 'content' }))).toEqual(ALL_CACHED);
  });
});
