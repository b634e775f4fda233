/**
 * listener-cleanup: a React effect that runs once (`useEffect(fn, [])`) listening on the DOM
 * element its own component renders with a ref:
 *
 *   const playerRef = useRef(null);
 *   useEffect(() => { playerRef.current.addEventListener('play', () => setSpeaking(true)); }, []);
 *   return <audio ref={playerRef} />;
 *
 * The element is the component's own: React removes it when the component unmounts, and the
 * listener goes with it; the effect runs once per mount, so nothing piles up on it (anything-llm's
 * text-to-speech buttons). An effect with dependencies runs again on the same element: each run
 * adds one more listener, still a finding; so is a ref handed to a child component
 * (`<Player ref={playerRef} />`), whose element this component does not render itself.
 *
 * The same in single-file components, directly in the mount hook (which runs once per mount):
 * Svelte's `onMount(() => el.addEventListener(…))` with `<div bind:this={el}>` in the markup, and
 * Vue's `onMounted(() => el.value.addEventListener(…))` with `const el = ref()` (or
 * `useTemplateRef('el')`) and `<div ref="el">` in the template. A ref on a child component
 * (`<Panel bind:this={panel}>`, `<Panel ref="panel">`) is not the component's own element. So
 * with the Options API: `this.$refs.wrapper` in `mounted()` with `<div ref="wrapper">`.
 * Outside the mount hook (an `$effect`, a function it calls), only a listener that ends itself
 * when it fires (`{ once: true }`) on such an element is skipped (`isSfcBoundElement`).
 */
import type { Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import type { SingleFileComponent } from '../../src/core/rule';

/** `useEffect(fn, [])` / `useLayoutEffect(fn, [])`: an effect whose cleanup runs at unmount alone. */
function runsOncePerMount(owner: OwnerScope): boolean {
  if (owner.kind !== 'react-effect' || !owner.lifecycle) return false;
  const dependencies = owner.lifecycle.call.node.arguments[1];
  if (!dependencies) return false;
  const list = unwrapExpression(dependencies as Node);
  return list.type === 'ArrayExpression' && list.elements.length === 0;
}

function isUseRefCall(node: Node | null | undefined): boolean {
  if (!node) return false;
  const value = unwrapExpression(node);
  if (value.type !== 'CallExpression') return false;
  const callee = unwrapExpression(value.callee as Node);
  return (callee.type === 'Identifier' && callee.name === 'useRef') || (callee.type === 'MemberExpression' && getPropertyName(callee) === 'useRef');
}

/** `<audio ref={name}>` (an intrinsic element: a lowercase tag) somewhere in `component`. */
function rendersWithRef(component: Node, name: string): boolean {
  let found = false;
  forEachNode(component, (node) => {
    if (found) return false;
    if (node.type !== 'JSXOpeningElement' || node.name.type !== 'JSXIdentifier' || !/^[a-z]/.test(node.name.name)) return undefined;
    found = node.attributes.some(
      (attribute) =>
        attribute.type === 'JSXAttribute' &&
        attribute.name.type === 'JSXIdentifier' &&
        attribute.name.name === 'ref' &&
        attribute.value?.type === 'JSXExpressionContainer' &&
        attribute.value.expression.type === 'Identifier' &&
        attribute.value.expression.name === name,
    );
    return undefined;
  });
  return found;
}

const escapeName = (name: string): string => name.replace(/\$/g, '\\$');

/** `<div … bind:this={name}>` (a lowercase tag: an element, not a component) in Svelte markup. */
function svelteMarkupBinds(markup: string, name: string): boolean {
  return new RegExp(`<[a-z][\\w-]*(?:\\s[^<>]*?)?\\sbind:this=\\{\\s*${escapeName(name)}\\s*\\}`).test(markup);
}

/** `<div … ref="name">` (a lowercase tag) in a Vue template. */
function vueTemplateRefs(markup: string, name: string): boolean {
  return new RegExp(`<[a-z][\\w-]*(?:\\s[^<>]*?)?\\sref=["']${escapeName(name)}["']`).test(markup);
}

const VUE_REF_CALLS = new Set(['ref', 'shallowRef']);

/** The name the template uses for `binding`'s element: the variable (`ref()`), or the `useTemplateRef('name')` argument. */
function vueTemplateRefName(name: string, init: Node | null | undefined): string | null {
  if (!init) return null;
  const value = unwrapExpression(init);
  if (value.type !== 'CallExpression' || value.callee.type !== 'Identifier') return null;
  if (VUE_REF_CALLS.has(value.callee.name)) return value.arguments.length === 0 || (value.arguments.length === 1 && unwrapExpression(value.arguments[0] as Node).type === 'NullLiteral') ? name : null;
  const [argument] = value.arguments;
  return value.callee.name === 'useTemplateRef' && argument?.type === 'StringLiteral' ? argument.value : null;
}

/** In a `.svelte` / `.vue` file's mount hook (directly, not in a callback of it), the target is an element the component's markup binds. */
function isSfcOwnElementTarget(target: NodePath, owner: OwnerScope, sfc: SingleFileComponent | null | undefined): boolean {
  if (!sfc?.markup || owner.nested.length > 0) return false;
  // Case: Vue's Options API, `this.$refs.wrapper.addEventListener(…)` in `mounted()` (or a method
  // only `mounted()` calls) with `<div ref="wrapper">` in the template
  if (sfc.kind === 'vue' && owner.kind === 'vue-options') return isOptionsOwnElementTarget(target, owner, sfc.markup);
  if (!owner.lifecycle) return false;
  if (sfc.kind === 'svelte' ? owner.kind !== 'svelte-effect' || owner.lifecycle.hook !== 'onMount' : owner.lifecycle.hook !== 'onMounted') return false;
  return isSfcBoundElement(target, sfc);
}

/**
 * The target is an element the single-file component's own markup binds, wherever the script
 * reads it: Svelte's top-level `let el` with `<div bind:this={el}>`, Vue's `el.value` of a
 * `const el = ref()` (or `useTemplateRef('el')`) with `<div ref="el">`. The element goes away
 * with the component (or earlier, with its `{#if}` block): a listener that ends itself when it
 * fires (`{ once: true }`) cannot outlive the component on it, wherever it is added.
 */
export function isSfcBoundElement(target: NodePath | null, sfc: SingleFileComponent | null | undefined): boolean {
  if (!target || !sfc?.markup) return false;
  const node = unwrapExpression(target.node);
  if (sfc.kind === 'svelte') {
    if (node.type !== 'Identifier') return false;
    const binding = findBinding(target, node.name);
    return !!binding && binding.kind === 'let' && binding.scope.type === 'Program' && svelteMarkupBinds(sfc.markup, node.name);
  }
  if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || getPropertyName(node) !== 'value') return false;
  const object = unwrapExpression(node.object);
  if (object.type !== 'Identifier') return false;
  const binding = findBinding(target, object.name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier) return false;
  const refName = vueTemplateRefName(object.name, declaration.init);
  return refName !== null && vueTemplateRefs(sfc.markup, refName);
}

/** `this.$refs.name`, in a run of `mounted()` where `this` is the instance, with `<div ref="name">` in the template. */
function isOptionsOwnElementTarget(target: NodePath, owner: OwnerScope, markup: string): boolean {
  const options = owner.vueOptions;
  if (!options?.thisIsInstance || options.hookName !== 'mounted') return false;
  const node = unwrapExpression(target.node);
  if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.computed) return false;
  const refs = unwrapExpression(node.object);
  if ((refs.type !== 'MemberExpression' && refs.type !== 'OptionalMemberExpression') || getPropertyName(refs) !== '$refs' || unwrapExpression(refs.object).type !== 'ThisExpression') return false;
  const name = getPropertyName(node);
  return name !== null && vueTemplateRefs(markup, name);
}

/**
 * The listener's target is the component's own element, in a hook that runs once per mount:
 * `ref.current` of a `useRef` its component attaches to an element it renders, in an effect that
 * runs once per mount; or an element a single-file component's markup binds, in its mount hook.
 */
export function isOwnRenderedElementTarget(target: NodePath | null, owner: OwnerScope, sfc?: SingleFileComponent | null): boolean {
  if (target && isSfcOwnElementTarget(target, owner, sfc)) return true;
  if (!target || !runsOncePerMount(owner)) return false;
  const node = unwrapExpression(target.node);
  if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || getPropertyName(node) !== 'current') return false;
  const object = unwrapExpression(node.object);
  if (object.type !== 'Identifier') return false;
  const binding = findBinding(target, object.name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || !isUseRefCall(declaration.init)) return false;
  return rendersWithRef(binding.scope, object.name);
}
