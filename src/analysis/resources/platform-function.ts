/**
 * Whether a callee is a platform function (`setInterval`, `clearTimeout`, ...) and how the code
 * reaches it: as the global, through the global object (`window.setInterval`), or imported
 * from one of its modules (`import { setInterval } from 'node:timers'`, `timers.setInterval`).
 * A project's own helper of the same name is not the platform function.
 */
import type { Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { GLOBAL_OBJECT_NAMES, getPropertyName, unwrapExpression } from '../syntax/expressions';
import { resolveModuleReference } from '../syntax/module-reference';
import { isGlobalReference } from '../syntax/scope';

export interface PlatformFunctionReference {
  /** The platform name (`setInterval`), whatever the local name is. */
  name: string;
  /** `global`: `setInterval`; `global-object`: `window.setInterval`; `module`: imported. */
  via: 'global' | 'global-object' | 'module';
  /** The object in front of the name (`window`, `timers`), or `null` for a bare identifier. */
  objectName: string | null;
  /** The identifier the code calls (`setInterval`, or `every` for `import { setInterval as every }`). */
  localName: string;
}

/**
 * `callee` (at `path`) names one of `names` as the platform provides it, or one of them
 * imported from `modules` (module names without `node:`).
 */
export function resolvePlatformFunction(
  path: NodePath,
  callee: Node,
  names: ReadonlySet<string>,
  modules: readonly string[],
): PlatformFunctionReference | null {
  const node = unwrapExpression(callee);
  // Case: `setInterval(...)`, `(setInterval as any)(...)`
  if (node.type === 'Identifier') {
    if (isGlobalReference(path, node.name)) {
      return names.has(node.name) ? { name: node.name, via: 'global', objectName: null, localName: node.name } : null;
    }
    // Case: `import { setInterval } from 'node:timers'`, `const { setInterval: every } = require('timers')`
    const reference = resolveModuleReference(path, node.name);
    if (reference && modules.includes(reference.source) && names.has(reference.imported)) {
      return { name: reference.imported, via: 'module', objectName: null, localName: node.name };
    }
    return null;
  }
  if (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') return null;
  const name = getPropertyName(node);
  const object = unwrapExpression(node.object);
  if (!name || !names.has(name) || object.type !== 'Identifier') return null;
  // Case: `window.setInterval`, `globalThis.clearTimeout`, `self.requestAnimationFrame`
  if (GLOBAL_OBJECT_NAMES.has(object.name) && isGlobalReference(path, object.name)) {
    return { name, via: 'global-object', objectName: object.name, localName: name };
  }
  // Case: `import timers from 'node:timers'; timers.setInterval(...)`
  const reference = resolveModuleReference(path, object.name);
  if (reference && modules.includes(reference.source) && (reference.imported === '*' || reference.imported === 'default')) {
    return { name, via: 'module', objectName: object.name, localName: name };
  }
  return null;
}
