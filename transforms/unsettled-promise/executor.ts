/**
 * Small questions the matcher asks of a promise executor's body (does it mention a timer, an
 * abort signal). The executor itself: src/analysis/syntax/promise-executor.ts.
 */
import type { Node } from '@babel/types';
import { forEachNode } from '../../src/core/traverse';

const DEADLINE_NAMES = new Set(['setTimeout', 'setInterval', 'AbortSignal', 'AbortController']);
const ABORT_WORDS = /^(?:signal|abortSignal|aborted|abort|onabort|cancel|cancelled|canceled|cancelToken|timeout|timeoutId|timer|deadline)$/i;

/**
 * Whether the executor already has a way out besides the event: a timer (a deadline), an abort
 * signal, a cancel token. Spelled by name: a wrapper that mentions any of them was written with
 * the hang in mind, and is left to its author.
 */
export function hasDeadlineOrAbort(root: Node): boolean {
  let found = false;
  forEachNode(root, (node) => {
    if (found) return false;
    if (node.type === 'Identifier' && (DEADLINE_NAMES.has(node.name) || ABORT_WORDS.test(node.name))) found = true;
    else if (node.type === 'StringLiteral' && node.value === 'abort') found = true;
    return found ? false : undefined;
  });
  return found;
}
