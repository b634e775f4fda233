/**
 * The error a failed leak check throws: every leaked resource with its type, what it is doing
 * and where it was created, plus the call that releases it.
 */
import type { ResourceKind } from '../resource-kinds';
import type { LeakedResource } from './leak';

const RELEASE_HINTS: Readonly<Record<ResourceKind | 'unknown', string>> = {
  interval: 'clearInterval(handle)',
  timeout: 'clearTimeout(handle), or wait for it',
  immediate: 'clearImmediate(handle)',
  'tcp-socket': 'socket.destroy() or socket.end()',
  'http-agent-socket': 'agent.destroy(), or close the server so idle keep-alive sockets close',
  'tcp-server': 'server.close() (and close its connections)',
  'udp-socket': 'socket.close()',
  pipe: 'destroy the stream, or let the child process exit',
  'pipe-server': 'server.close()',
  'child-process': "child.kill() and wait for 'exit'",
  'fs-watcher': 'watcher.close()',
  'stat-watcher': 'fs.unwatchFile(path, listener)',
  dns: 'wait for the lookup, or give it a timeout',
  zlib: 'stream.close() or end() the stream',
  'message-port': 'port.close()',
  worker: 'await worker.terminate()',
  'file-handle': 'await fileHandle.close()',
  signal: "process.off('SIGxxx', listener)",
  tty: 'stream.destroy()',
  unknown: 'close it',
};

export class LeakError extends Error {
  override readonly name = 'LeakError';

  constructor(
    readonly leaks: readonly LeakedResource[],
    options: { during: string; waitedMs: number; callSite?: string },
  ) {
    super(formatLeakReport(leaks, options.during, options.waitedMs));
    // Our own frames say nothing; the caller's (verifyNoLeaks in a test) point at the test.
    this.stack = `${this.name}: ${this.message}${options.callSite ? `\n${options.callSite}` : ''}`;
  }
}

export function formatLeakReport(leaks: readonly LeakedResource[], during: string, waitedMs: number): string {
  const count = leaks.length === 1 ? '1 resource' : `${leaks.length} resources`;
  const verb = leaks.length === 1 ? 'is' : 'are';
  const lines = [`unleak: ${count} created ${during} ${verb} still alive after waiting ${waitedMs} ms:`];
  leaks.forEach((leak, index) => {
    lines.push('');
    const creator = leak.createdBy ? `, created by ${leak.createdBy}` : '';
    lines.push(`  ${index + 1}. ${leak.description} [${leak.kind === 'unknown' ? leak.type : `${leak.kind}, ${leak.type}`}]${creator}`);
    for (const stackLine of leak.stack.split('\n')) lines.push(`       ${stackLine}`);
    lines.push(`     release: ${RELEASE_HINTS[leak.kind]}`);
  });
  lines.push('');
  lines.push('Release them in the code under test, or ignore known long-lived ones (ignoreTypes, ignoreTopFunction, ignoreCreatedBy, ignore).');
  return lines.join('\n');
}
