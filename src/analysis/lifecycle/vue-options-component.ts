/**
 * Whether an object literal is a Vue component's options (the Options API), and which Vue
 * major the file shows. Recognised only when the file clearly says it is a component:
 *
 * - `export default {…}` in a `.vue` file's `<script>` (not `<script setup>`);
 * - `defineComponent({…})` / `defineNuxtComponent({…})` imported from `vue`, `#app` or
 *   `#imports` (or not bound at all: Nuxt and unplugin-auto-import make them globals);
 * - `Vue.extend({…})`, `Vue.component('name', {…})`, `new Vue({…})` with `Vue` imported from `vue`;
 * - in a `.vue` file's `<script>`, any object literal with at least two Vue option keys
 *   (`data`, `methods`, `computed`, `props`, a lifecycle hook, ...).
 *
 * The Vue major decides the release hook (`beforeUnmount` in Vue 3, `beforeDestroy` in Vue 2;
 * a hook of the other major is silently ignored). First the file: the unmount hooks it already
 * writes (`beforeUnmount` / `unmounted` against `beforeDestroy` / `destroyed`, first in this
 * component, then anywhere in the file); then the project's `vue` major, which the engine reads
 * from node_modules or package.json (`RuntimeTarget.vueMajor`, passed in as `projectMajor`);
 * then the file's APIs (`defineComponent`, `defineNuxtComponent`, `createApp`, a `<script
 * setup>` block: Vue 3; `Vue.extend` / `Vue.component` / `new Vue` / `import Vue from 'vue'`:
 * Vue 2). When both majors' hooks appear, when the file's hooks are the other major's than the
 * project's installed `vue` (a hook that never runs there), or nothing tells, the major is
 * unknown (`null`).
 */
import type { Node, ObjectExpression, Program } from '@babel/types';
import type { SingleFileComponent } from '../../core/rule';
import type { NodePath } from '../../core/traverse';
import { forEachDescendant } from '../syntax/descendants';
import { getPropertyName, unwrapExpression } from '../syntax/expressions';
import { resolveModuleReference } from '../syntax/module-reference';
import { isGlobalReference } from '../syntax/scope';
import { getProgramPath, isValueWrapper } from '../../core/node-helpers';

export type VueMajor = 2 | 3;

export interface VueOptionsComponent {
  object: NodePath<ObjectExpression>;
  /** How the file says it is a component. */
  via: 'sfc-export' | 'sfc-object' | 'define-component' | 'vue-2-api';
  /** The Vue major the file shows, or `null` when it cannot be told. */
  major: VueMajor | null;
  /**
   * The major a suggestion's release hook is written for: `major`, else the project's installed
   * `vue` (a Vue 2 project whose file writes Vue 3 hooks still only calls `beforeDestroy`).
   */
  hookMajor: VueMajor | null;
}

export const VUE_LIFECYCLE_HOOKS: readonly string[] = [
  'beforeCreate',
  'created',
  'beforeMount',
  'mounted',
  'beforeUpdate',
  'updated',
  'activated',
  'deactivated',
  'beforeUnmount',
  'unmounted',
  'beforeDestroy',
  'destroyed',
  'errorCaptured',
  'renderTracked',
  'renderTriggered',
  'serverPrefetch',
];

const VUE_OPTION_KEYS = new Set([
  ...VUE_LIFECYCLE_HOOKS,
  'name',
  'components',
  'directives',
  'props',
  'emits',
  'expose',
  'setup',
  'data',
  'computed',
  'watch',
  'methods',
  'provide',
  'inject',
  'mixins',
  'extends',
  'template',
  'render',
  'inheritAttrs',
  'model',
]);

const VUE_3_UNMOUNT_HOOKS = new Set(['beforeUnmount', 'unmounted']);
const VUE_2_UNMOUNT_HOOKS = new Set(['beforeDestroy', 'destroyed']);
const DEFINE_COMPONENT_MODULES = new Set(['vue', '#app', '#imports']);
const DEFINE_COMPONENT_NAMES = new Set(['defineComponent', 'defineNuxtComponent']);
const VUE_2_METHODS: Record<string, number> = { extend: 0, component: 1 };

/** The name of an object member (`mounted() {}`, `'mounted': fn`), or `null` for computed keys and spreads. */
export function getOptionsMemberName(member: Node): string | null {
  if ((member.type !== 'ObjectMethod' && member.type !== 'ObjectProperty') || member.computed) return null;
  if (member.key.type === 'Identifier') return member.key.name;
  if (member.key.type === 'StringLiteral') return member.key.value;
  return null;
}

/** The function a member holds: a method, or a `function` / arrow property value. */
export function getOptionsMemberFunction(member: Node): Node | null {
  if (member.type === 'ObjectMethod') return member.kind === 'method' ? member : null;
  if (member.type !== 'ObjectProperty') return null;
  const value = unwrapExpression(member.value);
  return value.type === 'FunctionExpression' || value.type === 'ArrowFunctionExpression' ? value : null;
}

/** The member of `object` named `name` that holds a function. */
export function findOptionsFunctionMember(object: ObjectExpression, name: string): Node | null {
  return object.properties.find((member) => getOptionsMemberName(member) === name && getOptionsMemberFunction(member) !== null) ?? null;
}


/** `defineComponent` / `defineNuxtComponent` from `vue`, `#app`, `#imports`, or an auto-imported global. */
function isDefineComponentCallee(path: NodePath, callee: Node): boolean {
  const node = unwrapExpression(callee);
  if (node.type !== 'Identifier') return false;
  if (isGlobalReference(path, node.name)) return DEFINE_COMPONENT_NAMES.has(node.name);
  const reference = resolveModuleReference(path, node.name);
  return reference !== null && DEFINE_COMPONENT_MODULES.has(reference.source) && DEFINE_COMPONENT_NAMES.has(reference.imported);
}

/** `Vue` in `Vue.extend(...)` / `new Vue(...)` is Vue 2's default export of `vue`. */
function isVue2Constructor(path: NodePath, node: Node): boolean {
  const expression = unwrapExpression(node);
  if (expression.type !== 'Identifier') return false;
  const reference = resolveModuleReference(path, expression.name);
  return reference?.source === 'vue' && reference.imported === 'default';
}

/** The `<script>` block holding `offset` is a plain (not `setup`) block of a `.vue` file. */
function isInVueScript(offset: number, sfc: SingleFileComponent | null): boolean {
  if (sfc?.kind !== 'vue') return false;
  const block = sfc.blocks.find((candidate) => offset >= candidate.start && offset <= candidate.end);
  return block !== undefined && !block.setup;
}

function countOptionKeys(object: ObjectExpression): number {
  const names = new Set(object.properties.map(getOptionsMemberName).filter((name): name is string => name !== null && VUE_OPTION_KEYS.has(name)));
  return names.size;
}

function recogniseComponent(object: NodePath<ObjectExpression>, sfc: SingleFileComponent | null): VueOptionsComponent['via'] | null {
  let value: NodePath = object;
  while (value.parentPath && isValueWrapper(value.parentPath.node)) value = value.parentPath;
  const parent = value.parentPath;
  if (!parent) return null;
  const node = parent.node;
  // Case: `export default { ... }` in a `.vue` file's `<script>`
  if (node.type === 'ExportDefaultDeclaration' && isInVueScript(object.node.start!, sfc)) return 'sfc-export';
  // Case: `defineComponent({ ... })`, `Vue.extend({ ... })`, `Vue.component('x', { ... })`
  if (node.type === 'CallExpression' && value.key === 'arguments') {
    if (value.index === 0 && isDefineComponentCallee(parent, node.callee)) return 'define-component';
    const callee = node.callee;
    if (callee.type === 'MemberExpression' && isVue2Constructor(parent, callee.object)) {
      const position = VUE_2_METHODS[getPropertyName(callee) ?? ''];
      if (position !== undefined && value.index === position) return 'vue-2-api';
    }
  }
  // Case: `new Vue({ el: '#app', ... })`
  if (node.type === 'NewExpression' && value.key === 'arguments' && value.index === 0 && isVue2Constructor(parent, node.callee)) return 'vue-2-api';
  // Case: `const Panel = { data() {...}, mounted() {...} }` in a `.vue` file's `<script>`
  if (isInVueScript(object.node.start!, sfc) && countOptionKeys(object.node) >= 2) return 'sfc-object';
  return null;
}

/** 3 for `beforeUnmount` / `unmounted`, 2 for `beforeDestroy` / `destroyed`, `null` for both or neither. */
export function getMajorFromHooks(names: Iterable<string>): VueMajor | 'mixed' | null {
  let three = false;
  let two = false;
  for (const name of names) {
    if (VUE_3_UNMOUNT_HOOKS.has(name)) three = true;
    if (VUE_2_UNMOUNT_HOOKS.has(name)) two = true;
  }
  if (three && two) return 'mixed';
  return three ? 3 : two ? 2 : null;
}

/** Names of the function-valued members of every object literal in the file. */
function getFunctionMemberNames(program: NodePath): string[] {
  const names: string[] = [];
  forEachDescendant(program, (path) => {
    if (path.node.type !== 'ObjectExpression') return;
    for (const member of path.node.properties) {
      const name = getOptionsMemberName(member);
      if (name !== null && getOptionsMemberFunction(member)) names.push(name);
    }
  });
  return names;
}

/** What the file's imports say: `createApp` / `defineComponent` / `defineNuxtComponent` -> 3, `import Vue from 'vue'` -> 2. */
function getMajorFromImports(program: Program): VueMajor | null {
  for (const statement of program.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    const source = statement.source.value;
    for (const specifier of statement.specifiers) {
      if (source === 'vue' && specifier.type === 'ImportDefaultSpecifier') return 2;
      if (specifier.type !== 'ImportSpecifier' || !DEFINE_COMPONENT_MODULES.has(source)) continue;
      const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
      if (imported === 'createApp' || DEFINE_COMPONENT_NAMES.has(imported)) return 3;
    }
  }
  return null;
}

const majorCache = new WeakMap<Node, VueMajor | null>();

function resolveMajor(object: NodePath<ObjectExpression>, via: VueOptionsComponent['via'], sfc: SingleFileComponent | null, projectMajor: VueMajor | null): VueMajor | null {
  const cached = majorCache.get(object.node);
  if (cached !== undefined && projectMajor === null) return cached;
  const program = getProgramPath(object);
  const own = getMajorFromHooks(object.node.properties.filter((member) => getOptionsMemberFunction(member)).map((member) => getOptionsMemberName(member) ?? ''));
  let major: VueMajor | null;
  // Case: a Vue 2 project (`"vue": "^2.6.14"`) whose component writes `unmounted()`: that hook never
  // runs there, so the file's hooks and the installed major disagree and neither can be trusted
  // (marktext's preference side bar)
  if (own === 'mixed' || (own !== null && projectMajor !== null && own !== projectMajor)) major = null;
  else if (own !== null) major = own;
  else {
    const inFile = program ? getMajorFromHooks(getFunctionMemberNames(program)) : null;
    if (inFile === 'mixed' || (inFile !== null && projectMajor !== null && inFile !== projectMajor)) major = null;
    else if (inFile !== null) major = inFile;
    // Case: a Vue 2 project (package.json `"vue": "^2.6.10"`) whose file writes no unmount hook yet
    else if (projectMajor !== null) major = projectMajor;
    else if (via === 'define-component') major = 3;
    else if (via === 'vue-2-api') major = 2;
    else major = (program ? getMajorFromImports(program.node) : null) ?? (sfc?.kind === 'vue' && sfc.blocks.some((block) => block.setup) ? 3 : null);
  }
  if (projectMajor === null) majorCache.set(object.node, major);
  return major;
}

export function resolveVueOptionsComponent(object: NodePath, sfc: SingleFileComponent | null, projectMajor: VueMajor | null = null): VueOptionsComponent | null {
  if (object.node.type !== 'ObjectExpression') return null;
  const path = object as NodePath<ObjectExpression>;
  const via = recogniseComponent(path, sfc);
  if (!via) return null;
  const major = resolveMajor(path, via, sfc, projectMajor);
  return { object: path, via, major, hookMajor: major ?? projectMajor };
}
