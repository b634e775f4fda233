/**
 * What a computation read from the file system, recorded so a later run can tell with one
 * `stat` per path whether it would read the same: `--cache` keeps the per-folder settings
 * (runtime target, prettier and other formatter configs, `.editorconfig`, lint style) this way
 * instead of looking them up again for every folder of an unchanged tree.
 *
 * The lookups behind the settings (target.ts, formatting.ts, prettier.ts, lint-style.ts,
 * project-dir.ts, type-declarations.ts, workspace-consumers.ts ...) read through the `node:fs`
 * module object; while `recordReads` runs, its synchronous read functions are wrapped and every
 * path they were given is kept with what was found:
 * - a file read or stat'ed: its size and modification time (a directory stat'ed: its
 *   modification time, which changes when an entry is added, removed or renamed);
 * - a folder listed: its modification time;
 * - a path asked for with `existsSync`: whether it exists (not its time: `.git` changes on
 *   every commit);
 * - a path that was not there: that it is still not there;
 * - a real path: the same real path.
 * Reads that do not go through `node:fs` (a `require` of a JavaScript config) are not seen: the
 * caller does not record computations that may make them (`--exec-config`).
 */
import fs from 'node:fs';

export type Probe =
  | [path: string, kind: 'stat', size: number, mtimeMs: number]
  | [path: string, kind: 'lstat', size: number, mtimeMs: number]
  | [path: string, kind: 'exists', exists: boolean]
  | [path: string, kind: 'missing']
  | [path: string, kind: 'realpath', target: string];

type Patched = 'readFileSync' | 'statSync' | 'lstatSync' | 'existsSync' | 'readdirSync' | 'realpathSync';

/** Runs `compute` and returns its value with what it read (each path once, first answer kept). */
export function recordReads<T>(compute: () => T): { value: T; probes: Probe[] } {
  const probes = new Map<string, Probe>();
  const keep = (key: string, probe: () => Probe | null): void => {
    if (probes.has(key)) return;
    const found = probe();
    if (found) probes.set(key, found);
  };
  const statProbe = (file: string, kind: 'stat' | 'lstat'): Probe => {
    try {
      const stat = kind === 'stat' ? fs.statSync(file) : fs.lstatSync(file);
      return [file, kind, stat.isDirectory() ? 0 : stat.size, stat.mtimeMs];
    } catch {
      return [file, 'missing'];
    }
  };
  const original: Pick<typeof fs, Patched> = {
    readFileSync: fs.readFileSync,
    statSync: fs.statSync,
    lstatSync: fs.lstatSync,
    existsSync: fs.existsSync,
    readdirSync: fs.readdirSync,
    realpathSync: fs.realpathSync,
  };
  const pathOf = (value: unknown): string | null => (typeof value === 'string' ? value : value instanceof URL ? value.pathname : null);
  /** `before`: probed before the read (a change after it shows in the next run); `after`: from the answer. */
  const wrap = <K extends Patched>(name: K, before: ((file: string) => void) | null, after: ((file: string, result: unknown, failed: boolean) => void) | null): void => {
    const call = original[name] as unknown as (...args: unknown[]) => unknown;
    (fs as unknown as Record<string, unknown>)[name] = Object.assign(function (this: unknown, ...args: unknown[]) {
      const file = pathOf(args[0]);
      if (file !== null && before) restoreWhile(() => before(file));
      let result: unknown;
      try {
        result = call.apply(this, args);
      } catch (error) {
        if (file !== null && after) restoreWhile(() => after(file, undefined, true));
        throw error;
      }
      if (file !== null && after) restoreWhile(() => after(file, result, false));
      return result;
    }, call);
  };
  let patched = false;
  const install = (): void => {
    wrap('readFileSync', (file) => keep(file, () => statProbe(file, 'stat')), null);
    wrap('statSync', (file) => keep(file, () => statProbe(file, 'stat')), null);
    wrap('lstatSync', (file) => keep(`\0lstat ${file}`, () => statProbe(file, 'lstat')), null);
    wrap('readdirSync', (file) => keep(file, () => statProbe(file, 'stat')), null);
    wrap('existsSync', null, (file, result) => keep(`\0exists ${file}`, () => [file, 'exists', result === true]));
    wrap('realpathSync', null, (file, result, failed) => keep(`\0realpath ${file}`, () => (failed || typeof result !== 'string' ? [file, 'missing'] : [file, 'realpath', result])));
    patched = true;
  };
  const uninstall = (): void => {
    Object.assign(fs, original);
    patched = false;
  };
  // The probe itself reads with the original functions.
  const restoreWhile = (action: () => void): void => {
    if (!patched) return action();
    uninstall();
    try {
      action();
    } finally {
      install();
    }
  };
  install();
  try {
    const value = compute();
    return { value, probes: [...probes.values()] };
  } finally {
    uninstall();
  }
}

/**
 * Whether every path would be read the same now. `checked`: what earlier calls of a run found,
 * by probe (snapshots taken together share most of their paths), kept there.
 */
export function probesUnchanged(probes: readonly Probe[], checked?: Map<string, boolean>): boolean {
  for (const probe of probes) {
    if (checked) {
      const key = probe.join('\0');
      let same = checked.get(key);
      if (same === undefined) checked.set(key, (same = probeUnchanged(probe)));
      if (!same) return false;
    } else if (!probeUnchanged(probe)) {
      return false;
    }
  }
  return true;
}

function probeUnchanged(probe: Probe): boolean {
  const [file, kind] = probe;
  switch (kind) {
    case 'stat':
    case 'lstat': {
      let stat: fs.Stats | undefined;
      try {
        stat = kind === 'stat' ? fs.statSync(file, { throwIfNoEntry: false }) : fs.lstatSync(file, { throwIfNoEntry: false });
      } catch {
        stat = undefined;
      }
      return stat !== undefined && (stat.isDirectory() ? 0 : stat.size) === probe[2] && stat.mtimeMs === probe[3];
    }
    case 'exists':
      return fs.existsSync(file) === probe[2];
    case 'missing':
      return !fs.existsSync(file);
    case 'realpath': {
      let target: string | null;
      try {
        target = fs.realpathSync(file);
      } catch {
        target = null;
      }
      return target === probe[2];
    }
    default:
      return false;
  }
}

/** A probe list read back from the cache file (anything else is not trusted). */
export function isProbeList(value: unknown): value is Probe[] {
  return (
    Array.isArray(value) &&
    value.every(
      (probe) =>
        Array.isArray(probe) &&
        typeof probe[0] === 'string' &&
        (((probe[1] === 'stat' || probe[1] === 'lstat') && probe.length === 4 && typeof probe[2] === 'number' && typeof probe[3] === 'number') ||
          (probe[1] === 'exists' && probe.length === 3 && typeof probe[2] === 'boolean') ||
          (probe[1] === 'missing' && probe.length === 2) ||
          (probe[1] === 'realpath' && probe.length === 3 && typeof probe[2] === 'string')),
    )
  );
}
