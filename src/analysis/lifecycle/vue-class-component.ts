/**
 * Whether a class is a Vue class component, and which Vue major it is written for. Recognised
 * when the file says so through an import:
 *
 * - a decorator `@Component` / `@Component({...})` / `@Options({...})` from
 *   `vue-class-component`, `vue-property-decorator`, `vue-facing-decorator` or
 *   `nuxt-property-decorator`;
 * - a base `Vue` from one of those modules, or the default export of `vue` (Vue 2);
 * - a base `Vue.extend({...})` (Vue 2) or `mixins(...)` from one of those modules.
 *
 * It releases in `beforeDestroy` (Vue 2) or `beforeUnmount` (Vue 3), never in a `dispose()`
 * nobody calls. The major: the unmount hooks the class already writes (`beforeUnmount` /
 * `unmounted` against `beforeDestroy` / `destroyed`, see vue-options-component.ts), then the
 * library (vue-class-component 8's `Options` / named `Vue` and vue-facing-decorator: Vue 3;
 * vue-class-component 7's default `Component`, vue-property-decorator, nuxt-property-decorator,
 * `import Vue from 'vue'`, `Vue.extend`: Vue 2). When the signs disagree, `null`.
 */
import type { Class, Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { getClassMemberName } from '../syntax/class-member-name';
import { getPropertyName, unwrapExpression } from '../syntax/expressions';
import { resolveModuleReference } from '../syntax/module-reference';
import { getMajorFromHooks, type VueMajor } from './vue-options-component';

const VUE_2_MODULES = new Set(['vue-property-decorator', 'nuxt-property-decorator']);
const VUE_3_MODULES = new Set(['vue-facing-decorator']);
const CLASS_COMPONENT = 'vue-class-component';
const DECORATORS = new Set(['Component', 'Options']);

export interface VueClassComponent {
  major: VueMajor | null;
}

function isClassComponentModule(source: string): boolean {
  return source === CLASS_COMPONENT || VUE_2_MODULES.has(source) || VUE_3_MODULES.has(source);
}

/** The major an import from a class-component library says, or `undefined` when it says nothing. */
function getMajorFromImport(source: string, imported: string): VueMajor | null | undefined {
  if (VUE_2_MODULES.has(source)) return 2;
  if (VUE_3_MODULES.has(source)) return 3;
  if (source !== CLASS_COMPONENT) return undefined;
  // vue-class-component 7 exports `Component` as its default; 8 exports `Options` and `Vue` by name.
  if (imported === 'default') return 2;
  if (imported === 'Options' || imported === 'Vue') return 3;
  return undefined;
}

export function resolveVueClassComponent(classPath: NodePath<Class>): VueClassComponent | null {
  const node = classPath.node;
  const majors = new Set<VueMajor | null>();
  let recognised = false;
  const fromIdentifier = (name: string, names: ReadonlySet<string> | null): void => {
    const reference = resolveModuleReference(classPath, name);
    if (!reference) return;
    // Case: `import Vue from 'vue'` ... `extends Vue`
    if (names === null && reference.source === 'vue' && reference.imported === 'default') {
      recognised = true;
      majors.add(2);
      return;
    }
    if (!isClassComponentModule(reference.source)) return;
    // Case: `import Component from 'vue-class-component'`, `import { Component, Vue } from 'vue-property-decorator'`
    if (names !== null && !names.has(reference.imported) && reference.imported !== 'default') return;
    recognised = true;
    const major = getMajorFromImport(reference.source, reference.imported);
    if (major !== undefined) majors.add(major);
  };
  for (const decorator of node.decorators ?? []) {
    const expression = decorator.expression.type === 'CallExpression' ? decorator.expression.callee : decorator.expression;
    if (expression.type === 'Identifier') fromIdentifier(expression.name, DECORATORS);
  }
  const superClass = node.superClass ? unwrapExpression(node.superClass) : null;
  // Case: `extends Vue`
  if (superClass?.type === 'Identifier') fromIdentifier(superClass.name, null);
  if (superClass?.type === 'CallExpression') {
    const callee: Node = superClass.callee;
    // Case: `extends Vue.extend({ props: ... })`
    if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && getPropertyName(callee) === 'extend') fromIdentifier(callee.object.name, null);
    // Case: `extends mixins(Validation, Paging)`
    if (callee.type === 'Identifier') fromIdentifier(callee.name, new Set(['mixins']));
  }
  if (!recognised) return null;
  const fromHooks = getMajorFromHooks(node.body.body.map((member) => getClassMemberName(member) ?? ''));
  if (fromHooks === 'mixed') return { major: null };
  if (fromHooks !== null) return { major: fromHooks };
  const known = [...majors].filter((major): major is VueMajor => major !== null);
  return { major: known.length === 1 || (known.length > 1 && known.every((major) => major === known[0])) ? known[0]! : null };
}
