/**
 * The runtime target of the run's project root (the job's `settings.target`), for `--cache`:
 * kept in the cache file with what looking it up read (settings-reads.ts), the build that
 * looked and what it was asked; while none of that changed, the next run takes it instead of
 * looking it up again. The lookup scans the installed type declarations for the abort APIs
 * (`@types/node`'s files, `lib.dom.d.ts`): about 15 ms, on a run that otherwise finds every
 * file in the cache.
 */
import type { TargetConfig } from './config';
import type { RuntimeTarget } from '../core/rule';
import { buildStamp } from './build-stamp';
import { isProbeList, probesUnchanged, recordReads, type Probe } from './settings-reads';
import { clearWorkspaceCache } from './workspace-consumers';

export interface RunTargetSnapshot {
  built: number;
  projectDir: string;
  /** The target configuration asked with (`null` for none), as JSON. */
  config: string;
  probes: Probe[];
  target: RuntimeTarget;
}

export interface RunTarget {
  target: RuntimeTarget;
  snapshot: RunTargetSnapshot;
  /** Looked up by this run (the snapshot is new). */
  fresh: boolean;
}

/**
 * The target from `stored` (a snapshot read back from the cache file, not yet trusted) when it
 * was taken by this build for the same project and configuration and every path it read is as
 * it was; else `resolve()`'s, looked up under the recorder.
 */
export function resolveRunTarget(stored: unknown, projectDir: string, config: TargetConfig | undefined, resolve: () => RuntimeTarget): RunTarget {
  const asked = JSON.stringify(config ?? null);
  if (isRunTargetSnapshot(stored) && stored.built === buildStamp() && stored.projectDir === projectDir && stored.config === asked && probesUnchanged(stored.probes)) {
    return { target: stored.target, snapshot: stored, fresh: false };
  }
  // The workspace lookup's memo would hide what it reads from the recorder.
  clearWorkspaceCache();
  const { value, probes } = recordReads(resolve);
  return { target: value, snapshot: { built: buildStamp(), projectDir, config: asked, probes, target: value }, fresh: true };
}

const isPlainRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isRunTargetSnapshot(value: unknown): value is RunTargetSnapshot {
  if (!isPlainRecord(value) || typeof value.built !== 'number' || typeof value.projectDir !== 'string' || typeof value.config !== 'string' || !isProbeList(value.probes)) return false;
  const target = value.target;
  return (
    isPlainRecord(target) &&
    typeof target.abortSignalTimeout === 'boolean' &&
    typeof target.abortSignalAny === 'boolean' &&
    typeof target.source === 'string' &&
    Object.values(target).every((field) => typeof field === 'boolean' || typeof field === 'number' || typeof field === 'string')
  );
}
