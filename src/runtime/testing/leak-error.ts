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

/**
 * The report. Each leak's creation stack is printed as ordinary `at ...` lines, which vitest
 * and jest read as a stack: they show a code frame of the line that created the first leak.
 * Everything else comes before the first stack line, so runners that split the message
 * there (jest) keep it in the message.
 */
export function formatLeakReport(leaks: readonly LeakedResource[], during: string, waitedMs: number): string {
  const count = leaks.length === 1 ? '1 resource' : `${leaks.length} resources`;
  const verb = leaks.length === 1 ? 'is' : 'are';
  const lines = [
    `unleak: ${count} created ${during} ${verb} still alive after waiting ${waitedMs} ms.`,
    'Release them in the code under test, or ignore known long-lived ones (ignoreTypes, ignoreTopFunction, ignoreCreatedBy, ignore).',
  ];
  leaks.forEach((leak, index) => {
    const creator = leak.createdBy ? `, created by ${leak.createdBy}` : '';
    const kind = leak.kind === 'unknown' ? leak.type : `${leak.kind}, ${leak.type}`;
    lines.push('');
    lines.push(`  ${index + 1}. ${leak.description} [${kind}]${creator}; release: ${RELEASE_HINTS[leak.kind]}`);
    for (const stackLine of leak.stack.split('\n')) lines.push(`       ${stackLine}`);
  });
  return lines.join('\n');
}
