/**
 * Code that runs once per component instance, where a teardown hook can be registered: Vue's
 * `setup()` (in `defineComponent({ setup() {} })` or `export default { setup() {} }`), the
 * top level of a Vue `<script setup>` block, Vue composables (`useX()` in a file that imports
 * `vue`), and the top level of a Svelte instance `<script>`.
 */
import type { Node, Program } from '@babel/types';
import type { SingleFileComponent } from '../../core/rule';
import type { NodePath } from '../../core/traverse';
import { unwrapExpression } from '../syntax/expressions';
import { resolveModuleReference } from '../syntax/module-reference';
import { isGlobalReference } from '../syntax/scope';
import { getProgram } from '../../core/node-helpers';

export interface ComponentSetupScope {
  framework: 'vue' | 'svelte';
  /** The teardown hook registered in this scope and the module it comes from. */
  teardownHook: string;
  hookModule: string;
  /** `setup` (and `<script setup>`, Svelte instance script) or a composable (`useX`). */
  kind: 'setup' | 'composable';
}

const VUE_SETUP: ComponentSetupScope = { framework: 'vue', teardownHook: 'onBeforeUnmount', hookModule: 'vue', kind: 'setup' };
const VUE_COMPOSABLE: ComponentSetupScope = { ...VUE_SETUP, kind: 'composable' };
const SVELTE_INSTANCE: ComponentSetupScope = { framework: 'svelte', teardownHook: 'onDestroy', hookModule: 'svelte', kind: 'setup' };

function importsModule(program: Program, source: string): boolean {
  return program.body.some((statement) => statement.type === 'ImportDeclaration' && statement.source.value === source);
}

/** `defineComponent` from `vue` (or a global one, as Nuxt auto-imports it). */
function isDefineComponent(path: NodePath, callee: Node): boolean {
  const node = unwrapExpression(callee);
  if (node.type !== 'Identifier') return false;
  if (isGlobalReference(path, node.name)) return node.name === 'defineComponent';
  const reference = resolveModuleReference(path, node.name);
  return reference?.source === 'vue' && reference.imported === 'defineComponent';
}

/** The component options object `{ setup() {} }` is given to `defineComponent` or exported as the default. */
function isComponentOptions(objectPath: NodePath, program: Program, sfc: SingleFileComponent | null): boolean {
  const parent = objectPath.parentPath;
  if (!parent) return false;
  // Case: `defineComponent({ setup() {} })`
  if (parent.node.type === 'CallExpression' && objectPath.key === 'arguments' && objectPath.index === 0) return isDefineComponent(parent, parent.node.callee);
  // Case: `export default { setup() {} }` in a `.vue` file or a file that imports `vue`
  if (parent.node.type === 'ExportDefaultDeclaration') return sfc?.kind === 'vue' || importsModule(program, 'vue');
  return false;
}


/**
 * Whether `scope` (a function, or the Program for top-level code at `offset`) runs once per
 * component instance.
 */
export function resolveComponentSetupScope(scope: NodePath, offset: number, sfc: SingleFileComponent | null): ComponentSetupScope | null {
  const node = scope.node;
  // Case: top level of `<script setup>` (Vue) or of an instance `<script>` (Svelte)
  if (node.type === 'Program') {
    const block = sfc?.blocks.find((candidate) => offset >= candidate.start && offset <= candidate.end);
    if (!sfc || !block) return null;
    if (sfc.kind === 'vue') return block.setup ? VUE_SETUP : null;
    return block.module ? null : SVELTE_INSTANCE;
  }
  const program = getProgram(scope);
  if (!program) return null;
  const parent = scope.parentPath;
  if (!parent) return null;
  // Case: `setup() {}` / `setup: (props) => {}` in component options
  if (node.type === 'ObjectMethod') {
    const isSetup = !node.computed && node.key.type === 'Identifier' && node.key.name === 'setup' && node.kind === 'method';
    return isSetup && parent.parentPath && isComponentOptions(parent, program, sfc) ? VUE_SETUP : null;
  }
  if (node.type !== 'FunctionExpression' && node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionDeclaration') return null;
  if (parent.node.type === 'ObjectProperty' && scope.key === 'value') {
    const key = parent.node.key;
    const isSetup = !parent.node.computed && key.type === 'Identifier' && key.name === 'setup';
    return isSetup && parent.parentPath && isComponentOptions(parent.parentPath, program, sfc) ? VUE_SETUP : null;
  }
  // Case: `defineComponent((props) => { ... })` (the function signature form)
  if (parent.node.type === 'CallExpression' && scope.key === 'arguments' && scope.index === 0 && isDefineComponent(parent, parent.node.callee)) {
    return VUE_SETUP;
  }
  // Case: a composable, `export function useClock() { ... }` in a file that imports `vue`
  const name =
    node.type === 'FunctionDeclaration'
      ? node.id?.name
      : parent.node.type === 'VariableDeclarator' && parent.node.id.type === 'Identifier'
        ? parent.node.id.name
        : undefined;
  if (name && /^use[A-Z0-9]/.test(name) && importsModule(program, 'vue')) return VUE_COMPOSABLE;
  return null;
}
