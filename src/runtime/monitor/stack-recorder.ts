/**
 * Creation sites of the resource types that grow, so a monitor warning can say where they come
 * from. The `async_hooks` init hook is enabled only while some type is being watched (an init
 * hook also sees every promise, which costs on a busy server); resources are held weakly and
 * counted only while they are alive.
 */
import asyncHooks from 'node:async_hooks';
import { getAsyncTypeForActiveName, getLiveness } from '../resource-kinds';
import { captureStack, findCreatorFrame, readCapturedFrames, type CapturedStack } from '../stack';

interface Recorded {
  type: string;
  resource: WeakRef<object>;
  captured: CapturedStack;
}

export interface CreationSite {
  /** `startPolling (/app/src/poller.ts:12:3)`, or `(no user code)` */
  site: string;
  /** Resources created there that are still alive. */
  count: number;
}

export interface StackRecorderOptions {
  stackTraceLimit: number;
  /** Recorded resources kept at most (the oldest closed ones go first). */
  maxRecorded: number;
}

export class StackRecorder {
  private readonly watched = new Set<string>();
  private readonly recorded = new Map<number, Recorded>();
  private readonly hook = asyncHooks.createHook({ init: (asyncId, type, _trigger, resource) => this.onInit(asyncId, type, resource) });
  private enabled = false;

  constructor(private readonly options: StackRecorderOptions) {}

  /** Starts recording creation stacks of a type named as in `getActiveResourcesInfo()`; false when it has no `async_hooks` counterpart. */
  watch(activeName: string): boolean {
    const type = getAsyncTypeForActiveName(activeName);
    if (!type) return false;
    this.watched.add(type);
    if (!this.enabled) {
      this.hook.enable();
      this.enabled = true;
    }
    return true;
  }

  isWatching(activeName: string): boolean {
    const type = getAsyncTypeForActiveName(activeName);
    return type !== undefined && this.watched.has(type);
  }

  unwatch(activeName: string): void {
    const type = getAsyncTypeForActiveName(activeName);
    if (!type || !this.watched.delete(type)) return;
    for (const [asyncId, entry] of this.recorded) if (entry.type === type) this.recorded.delete(asyncId);
    if (this.watched.size === 0) this.stop();
  }

  stop(): void {
    this.watched.clear();
    this.recorded.clear();
    if (this.enabled) {
      this.hook.disable();
      this.enabled = false;
    }
  }

  /** The sites that created the most live resources of a type, most first. */
  getTopSites(activeName: string, limit: number): CreationSite[] {
    const type = getAsyncTypeForActiveName(activeName);
    if (!type) return [];
    this.sweep();
    const counts = new Map<string, number>();
    for (const entry of this.recorded.values()) {
      if (entry.type !== type) continue;
      const creator = findCreatorFrame(readCapturedFrames(entry.captured));
      const site = creator ? creator.text : '(no user code on the creation stack)';
      counts.set(site, (counts.get(site) ?? 0) + 1);
    }
    return [...counts]
      .map(([site, count]) => ({ site, count }))
      .sort((a, b) => b.count - a.count)
      .slice(0, limit);
  }

  private onInit(asyncId: number, type: string, resource: object): void {
    if (!this.watched.has(type)) return;
    if (this.recorded.size >= this.options.maxRecorded) {
      this.sweep();
      if (this.recorded.size >= this.options.maxRecorded) return;
    }
    this.recorded.set(asyncId, { type, resource: new WeakRef(resource), captured: captureStack(this.options.stackTraceLimit, StackRecorder.prototype.onInit) });
  }

  private sweep(): void {
    for (const [asyncId, entry] of this.recorded) {
      const resource = entry.resource.deref();
      if (!resource || getLiveness(entry.type, resource) === 'closed') this.recorded.delete(asyncId);
    }
  }
}
