/**
 * Whether a function runs once for the life of the process: the program's entry point — a
 * function named like one (`main`, `bootstrap`, `start`, `run`, `init`, `setup`, alone or
 * followed by a capitalised word: `initApp`, `startServer`), declared at module top level, not
 * exported, and referenced exactly once, by a call at module top level outside any loop
 * (`main();`, `void bootstrap();`, `initApp().catch(exit)`, `if (require.main === module)
 * main()`) — or a function of any name referenced exactly once, by a call made directly in such
 * a function (`setupDesktopUI()` called from `initApp()`), a few calls deep. What it acquires
 * directly lives as long as the process (docs/catalog.md, "Process lifetime by intent"). Other
 * names called once at top level (`poll();`) stay findings for loop-cancellation: the name is
 * what says the author meant a loop to run for the whole process. With `anyName` (what the
 * function acquires, not a loop: jellyfin's `renderHeader();` at module top level calling
 * `bindMenuEvents()` once), any name called that way runs once: its listeners and timers are
 * module initialisation written in a function.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { findBindingReferences } from './binding-references';
import { isFunctionNode, findBinding } from './scope';
import { getTopLevelBindingName } from './function-name';

const ENTRY_NAME = /^(?:main|bootstrap|start|run|init|setup)(?:[A-Z0-9_]\w*)?$/;
/** How many calls deep a run-once function may be from module top level. */
const MAX_DEPTH = 4;
const LOOP_TYPES = new Set(['ForStatement', 'ForInStatement', 'ForOfStatement', 'WhileStatement', 'DoWhileStatement']);

/**
 * The call runs once: no loop lies between it and the Program, and no function either, unless
 * that function itself runs once.
 */
function isCalledOnce(reference: NodePath, depth: number, anyName: boolean): boolean {
  const call = reference.parentPath;
  if (!call || call.node.type !== 'CallExpression' || reference.key !== 'callee') return false;
  for (let current: NodePath | null = call.parentPath; current; current = current.parentPath) {
    const node: Node = current.node;
    if (node.type === 'Program') return anyName || ENTRY_NAME.test((reference.node as { name?: string }).name ?? '');
    if (LOOP_TYPES.has(node.type) || node.type === 'ClassBody') return false;
    // Case: `function initApp() { setupDesktopUI(); }` where initApp runs once
    if (isFunctionNode(node)) return depth < MAX_DEPTH && isRunOnceEntryFunction(current, { depth: depth + 1, anyName });
  }
  return false;
}

export function isRunOnceEntryFunction(fn: NodePath, { depth = 0, anyName = false }: { depth?: number; anyName?: boolean } = {}): boolean {
  const declared = getTopLevelBindingName(fn);
  if (!declared) return false;
  const binding = findBinding(declared.at, declared.name);
  if (!binding || binding.scope.type !== 'Program') return false;
  const references = findBindingReferences(declared.at, binding);
  return references.length === 1 && isCalledOnce(references[0]!, depth, anyName);
}
