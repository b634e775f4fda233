/**
 * `unleak/testing`: the Node counterpart of Go's goleak. Fails a test that leaves a timer,
 * socket, server, watcher, child process, worker, message port, zlib stream, file handle or
 * DNS request alive, with the stack where each one was created.
 *
 *   import { verifyNoLeaks } from 'unleak/testing';
 *   await verifyNoLeaks(async () => { await startAndStopServer(); });
 *
 *   // vitest setupFiles / jest setupFilesAfterEnv
 *   import { installLeakCheck } from 'unleak/testing';
 *   installLeakCheck();
 *
 * Nothing runs until one of these is called: importing this module installs no hook.
 */
export { verifyNoLeaks, findLeaks, startLeakCheck, type LeakCheck, type StartLeakCheckOptions } from './verify';
export { installLeakCheck, type InstallLeakCheckOptions, type LeakCheckInstallation, type TestHooks } from './install';
export { LeakError, formatLeakReport } from './leak-error';
export type { LeakedResource } from './leak';
export type { LeakCheckOptions, FrameMatcher } from './options';
export type { ResourceKind } from '../resource-kinds';
