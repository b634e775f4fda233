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
 * (`<Player ref={playerRef} />`), whose element this component does not render itself — unless
 * the ref is typed as a DOM element (`useRef<HTMLButtonElement>(null)` handed to `<IconButton
 * ref={copyRef}>`): TypeScript holds the child to setting that element, which a `forwardRef`
 * child renders inside this component's subtree (the React form of Svelte's `bind:ref` below),
 * so it unmounts with this component. A ref with no type argument, or one typed as anything
 * else (an imperative handle the child may keep elsewhere), stays a finding.
 *
 * The same in single-file components, directly in the mount hook (which runs once per mount):
 * Svelte's `onMount(() => el.addEventListener(…))` with `<div bind:this={el}>` in the markup, and
 * Vue's `onMounted(() => el.value.addEventListener(…))` with `const el = ref()` (or
 * `useTemplateRef('el')`) and `<div ref="el">` in the template. A ref on a child component
 * (`<Panel bind:this={panel}>`, `<Panel ref="panel">`) is not the component's own element (but the
 * element a child binds to its `ref` prop, `<Input bind:ref={input}>` of bits-ui and shadcn-svelte,
 * is in this component's subtree and goes with it). So
 * with the Options API: `this.$refs.wrapper` in `mounted()` with `<div ref="wrapper">`, directly or
 * through a `const` of the hook (`const { wrapper } = this.$refs`, `const el = this.$refs.wrapper`).
 * Outside the mount hook (an `$effect`, a function it calls), only a listener that ends itself
 * when it fires (`{ once: true }`) on such an element is skipped (`isSfcBoundElement`).
 *
 * And an element the mount hook looks up by an id the component's own markup renders with no
 * condition: `document.getElementById('tabs')` (or `querySelector('#tabs')`), directly or through
 * a `const` of the hook, with `<div id="tabs">` in the markup outside any `{#if}` / `{#each}` block
 * (Svelte), any `v-if` / `v-else` / `v-for` element (Vue) and any child component's content. An id
 * the markup does not render (another component's element, one found by a bound `:id`) stays a
 * finding.
 */
import { REACT_CLASS_MODULES } from '../../src/analysis/lifecycle/class-owner';
import type { Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isFunctionNode } from '../../src/analysis/syntax/scope';
import { getThisMemberName } from '../../src/analysis/syntax/class-member-name';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import type { SingleFileComponent } from '../../src/core/rule';
import { resolveEventTargetType } from './event-target-type';
import { getInstanceOnceFlag, isResetIn } from '../../src/analysis/lifecycle/once-guard';
import type { ListenerCall } from './listener-call';

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

/**
 * Case: `const el = playerRef.current;` in the effect's own body, then `el.addEventListener(…)`:
 * the value the effect read from the ref when it ran (the same element). The initialiser, or
 * `null` when `target` is no such `const`.
 */
function effectConstValue(target: NodePath, owner: OwnerScope): Node | null {
  const node = unwrapExpression(target.node);
  if (node.type !== 'Identifier') return null;
  const binding = findBinding(target, node.name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return null;
  if (binding.scope !== owner.scope.node && !isBodyOf(binding.scope, owner.scope.node)) return null;
  return unwrapExpression(declaration.init);
}

/** `block` is the body block of the function `fn`. */
const isBodyOf = (block: Node, fn: Node): boolean => isFunctionNode(fn) && (fn as { body: Node }).body === block;

/**
 * Case: `const ref = refProp ?? ownRef` (or `||`), `ownRef` a `const` of `useRef(…)` (or the call
 * itself): the caller's ref or the component's own one; either way the `ref={ref}` the component
 * renders points it at the component's own element while it is mounted.
 */
function isOwnRefFallback(at: NodePath, init: Node | null | undefined): boolean {
  if (!init) return false;
  const value = unwrapExpression(init);
  if (value.type !== 'LogicalExpression' || (value.operator !== '??' && value.operator !== '||')) return false;
  const fallback = unwrapExpression(value.right);
  if (isUseRefCall(fallback)) return true;
  if (fallback.type !== 'Identifier') return false;
  const binding = findBinding(at, fallback.name);
  const declaration = binding?.declaration;
  return binding?.kind === 'const' && declaration?.type === 'VariableDeclarator' && isUseRefCall(declaration.init);
}

/**
 * A DOM `addEventListener` whose event is a literal and whose listener is a module-level function
 * (a function declaration, a `const` arrow or function expression, an import) with no options
 * other than literals: the same (type, listener, capture) each time the effect runs again, which
 * the element keeps once — adding it again is a no-op, so nothing piles up on the element.
 * An inline arrow is a new listener on each run: not one.
 */
function isDeduplicatedReAdd(add: ListenerCall): boolean {
  if (add.family !== 'event-listener' || !add.event || !add.handler) return false;
  const event = unwrapExpression(add.event.node);
  if (event.type !== 'StringLiteral' && !(event.type === 'TemplateLiteral' && event.expressions.length === 0)) return false;
  if (add.options) {
    const options = unwrapExpression(add.options.node);
    const literal = (node: Node): boolean => node.type === 'BooleanLiteral';
    if (!literal(options) && !(options.type === 'ObjectExpression' && options.properties.every((property) => property.type === 'ObjectProperty' && literal(unwrapExpression(property.value as Node))))) return false;
  }
  const handler = unwrapExpression(add.handler.node);
  if (handler.type !== 'Identifier') return false;
  const binding = findBinding(add.handler, handler.name);
  if (!binding || binding.scope.type !== 'Program') return false;
  if (binding.kind === 'function' || binding.kind === 'import') return true;
  const declaration = binding.declaration;
  return binding.kind === 'const' && declaration.type === 'VariableDeclarator' && !!declaration.init && isFunctionNode(unwrapExpression(declaration.init));
}

/** A DOM element interface: `HTMLElement`, `HTMLButtonElement`, `SVGSVGElement`, `Element`. */
const DOM_ELEMENT_TYPE = /^(?:HTML\w*Element|SVG\w*Element|MathMLElement|Element)$/;

/**
 * `<audio ref={name}>` (an intrinsic element: a lowercase tag) somewhere in `component`; with
 * `childComponents` (the ref is typed as a DOM element), also `<IconButton ref={name}>` and
 * `<Menu.Item ref={name}>`: a child component that renders the element inside this subtree.
 */
function rendersWithRef(component: Node, name: string, childComponents: boolean): boolean {
  let found = false;
  forEachNode(component, (node) => {
    if (found) return false;
    if (node.type !== 'JSXOpeningElement') return undefined;
    const intrinsic = node.name.type === 'JSXIdentifier' && /^[a-z]/.test(node.name.name);
    const child = (node.name.type === 'JSXIdentifier' && /^[A-Z]/.test(node.name.name)) || node.name.type === 'JSXMemberExpression';
    if (!intrinsic && !(childComponents && child)) return undefined;
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

/**
 * `<div … bind:this={name}>` (a lowercase tag: an element, not a component) in Svelte markup; or
 * `<Input … bind:ref={name}>` on a child component (bits-ui / shadcn-svelte components bind their
 * root element to a `ref` prop): an element the child renders, inside this component's subtree,
 * destroyed with it.
 */
function svelteMarkupBinds(markup: string, name: string): boolean {
  const element = new RegExp(`<[a-z][\\w-]*(?:\\s[^<>]*?)?\\sbind:this=\\{\\s*${escapeName(name)}\\s*\\}`);
  const childRef = new RegExp(`<[A-Z][\\w.]*(?:\\s[^<>]*?)?\\sbind:ref=\\{\\s*${escapeName(name)}\\s*\\}`);
  return element.test(markup) || childRef.test(markup);
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

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const VUE_CONDITION = /\s(?:v-if|v-else-if|v-else|v-for)(?=[\s=>/]|$)/;

/** A tag name a page renders as an element of its own: lowercase, no `-` (a custom element or a kebab-case Vue component), no `:` / `.`. */
const isPlainTag = (name: string): boolean => /^[a-z][a-z0-9]*$/.test(name);

/** The end of the tag opened at `start` (`<`): the `>` outside quotes and braces, or -1. */
function tagEnd(markup: string, start: number): number {
  let quote: string | null = null;
  let braces = 0;
  for (let index = start + 1; index < markup.length; index++) {
    const char = markup[index];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '{') braces++;
    else if (char === '}') braces--;
    else if (char === '>' && braces <= 0) return index;
  }
  return -1;
}

/**
 * The markup renders `<tag id="name">` (a plain element, the literal id) whenever the component
 * is mounted: not inside a Svelte block (`{#if}`, `{#each}`, `{#await}`, `{#key}`, `{#snippet}`), a Vue
 * element with `v-if` / `v-else` / `v-for`, or anything but a plain element (a component whose
 * content it may show or not). Markup that does not read as balanced tags answers false.
 */
function rendersIdUnconditionally(markup: string, id: string, kind: SingleFileComponent['kind']): boolean {
  // `id` is letters, digits, `_` and `-` (documentLookupId): nothing to escape.
  const idAttribute = new RegExp(`\\sid=(?:"${id}"|'${id}')(?=[\\s/]|$)`);
  // Each open element: whether it or one around it makes its content conditional.
  const open: { name: string; conditional: boolean }[] = [];
  let blocks = 0;
  let index = 0;
  while (index < markup.length) {
    const char = markup[index];
    if (char === '<' && markup.startsWith('<!--', index)) {
      const end = markup.indexOf('-->', index);
      if (end < 0) return false;
      index = end + 3;
      continue;
    }
    if (char === '{') {
      // A Svelte block opens or closes; any other expression (`{a < b}`, `{{ a < b }}`) is skipped whole.
      if (kind === 'svelte' && markup[index + 1] === '#') blocks++;
      else if (kind === 'svelte' && markup[index + 1] === '/') blocks--;
      let depth = 0;
      for (; index < markup.length; index++) {
        if (markup[index] === '{') depth++;
        else if (markup[index] === '}' && --depth === 0) break;
      }
      index++;
      continue;
    }
    if (char !== '<' || !/[a-zA-Z/]/.test(markup[index + 1] ?? '')) {
      index++;
      continue;
    }
    const end = tagEnd(markup, index);
    if (end < 0) return false;
    const text = markup.slice(index + 1, end);
    index = end + 1;
    if (text.startsWith('/')) {
      const name = text.slice(1).trim();
      const at = open.map((element) => element.name).lastIndexOf(name);
      if (at < 0) return false;
      open.length = at;
      continue;
    }
    const name = /^[^\s/>]+/.exec(text)?.[0] ?? '';
    const attributes = text.slice(name.length);
    if (name === 'style' || name === 'script') {
      const close = markup.indexOf(`</${name}`, index);
      if (close < 0) return false;
      index = close;
      open.push({ name, conditional: true });
      continue;
    }
    const parentConditional = blocks > 0 || open.some((element) => element.conditional);
    const plain = isPlainTag(name) || (name === 'template' && open.length === 0);
    const conditional = parentConditional || !plain || (kind === 'vue' && VUE_CONDITION.test(attributes));
    if (!conditional && isPlainTag(name) && idAttribute.test(attributes)) return true;
    if (!attributes.trimEnd().endsWith('/') && !VOID_TAGS.has(name)) open.push({ name, conditional });
  }
  return false;
}

/** `document.getElementById('id')` / `document.querySelector('#id')`: the literal id it looks up. */
function documentLookupId(node: Node | null | undefined): string | null {
  if (!node) return null;
  const call = unwrapExpression(node);
  if (call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') return null;
  const callee = unwrapExpression(call.callee as Node);
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || call.arguments.length !== 1) return null;
  const object = unwrapExpression(callee.object);
  if (object.type !== 'Identifier' || object.name !== 'document') return null;
  const argument = unwrapExpression(call.arguments[0] as Node);
  const text = argument.type === 'StringLiteral' ? argument.value : argument.type === 'TemplateLiteral' && argument.expressions.length === 0 ? argument.quasis[0]?.value.cooked ?? null : null;
  if (text === null) return null;
  const method = getPropertyName(callee);
  if (method === 'getElementById') return /^[\w-]+$/.test(text) ? text : null;
  if (method === 'querySelector') return /^#[\w-]+$/.test(text) ? text.slice(1) : null;
  return null;
}

/** The id the target looks up: `document.getElementById('id')` itself, or a `const` of the mount hook's callback holding it. */
export function targetLookupId(target: NodePath, owner: OwnerScope): string | null {
  const node = unwrapExpression(target.node);
  if (node.type !== 'Identifier') return documentLookupId(node);
  const binding = findBinding(target, node.name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || binding.scope !== owner.scope.node || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier) return null;
  return documentLookupId(declaration.init);
}

/** In a `.svelte` / `.vue` file's mount hook (directly, not in a callback of it), the target is an element the component's markup binds. */
function isSfcOwnElementTarget(target: NodePath, owner: OwnerScope, sfc: SingleFileComponent | null | undefined): boolean {
  if (!sfc?.markup || owner.nested.length > 0) return false;
  // Case: Vue's Options API, `this.$refs.wrapper.addEventListener(…)` in `mounted()` (or a method
  // only `mounted()` calls) with `<div ref="wrapper">` in the template
  if (sfc.kind === 'vue' && owner.kind === 'vue-options') return isOptionsOwnElementTarget(target, owner, sfc.markup);
  if (!owner.lifecycle) return false;
  if (sfc.kind === 'svelte' ? owner.kind !== 'svelte-effect' || owner.lifecycle.hook !== 'onMount' : owner.lifecycle.hook !== 'onMounted') return false;
  // Case: `document.getElementById('tabs')` with `<div id="tabs">` in the component's own markup.
  const id = targetLookupId(target, owner);
  if (id !== null && rendersIdUnconditionally(sfc.markup, id, sfc.kind)) return true;
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

/**
 * `this.$refs.name`, in a run of `mounted()` where `this` is the instance, with `<div ref="name">` in the template;
 * or a `const` of the hook holding it: `const el = this.$refs.name`, `const { name } = this.$refs`.
 */
function isOptionsOwnElementTarget(target: NodePath, owner: OwnerScope, markup: string): boolean {
  const options = owner.vueOptions;
  if (!options?.thisIsInstance || options.hookName !== 'mounted') return false;
  const node = unwrapExpression(target.node);
  const name = node.type === 'Identifier' ? optionsRefConstName(target, node.name, owner) : templateRefName(node);
  return name !== null && vueTemplateRefs(markup, name);
}

function isThisRefs(node: Node | null | undefined): boolean {
  if (!node) return false;
  const refs = unwrapExpression(node);
  return (refs.type === 'MemberExpression' || refs.type === 'OptionalMemberExpression') && getPropertyName(refs) === '$refs' && unwrapExpression(refs.object).type === 'ThisExpression';
}

/** `name` of `this.$refs.name` (not computed), else `null`. */
function templateRefName(node: Node): string | null {
  if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.computed || !isThisRefs(node.object)) return null;
  return getPropertyName(node);
}

/** The ref a `const` declared directly in the hook holds: `const el = this.$refs.name`, `const { name } = this.$refs`, `const { name: el } = this.$refs`. */
function optionsRefConstName(target: NodePath, local: string, owner: OwnerScope): string | null {
  const binding = findBinding(target, local);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || binding.scope !== owner.scope.node || declaration?.type !== 'VariableDeclarator' || !declaration.init) return null;
  if (declaration.id === binding.identifier) return templateRefName(unwrapExpression(declaration.init));
  if (declaration.id.type !== 'ObjectPattern' || !isThisRefs(declaration.init)) return null;
  for (const property of declaration.id.properties) {
    // Case: `{ name }` / `{ name: el }`, not a default (`{ name = fallback }`: maybe not the element) nor a rest
    if (property.type !== 'ObjectProperty' || property.computed || property.value !== binding.identifier) continue;
    return property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
  }
  return null;
}

/** Modules whose `createRef()` makes a class component's ref object: those whose `Component` has React's lifecycle. */
const CREATE_REF_MODULES = REACT_CLASS_MODULES;

/** `createRef()` imported from React, Preact or Inferno, or `React.createRef()` of such an import. */
function isCreateRefCall(path: NodePath, node: Node | null | undefined): boolean {
  if (!node) return false;
  const value = unwrapExpression(node);
  if (value.type !== 'CallExpression') return false;
  const callee = unwrapExpression(value.callee as Node);
  if (callee.type === 'Identifier') {
    const reference = resolveModuleReference(path, callee.name);
    return reference?.imported === 'createRef' && CREATE_REF_MODULES.has(reference.source);
  }
  if (callee.type !== 'MemberExpression' || getPropertyName(callee) !== 'createRef') return false;
  const object = unwrapExpression(callee.object);
  if (object.type !== 'Identifier') return false;
  const reference = resolveModuleReference(path, object.name);
  return reference !== null && CREATE_REF_MODULES.has(reference.source);
}

/**
 * The class makes `this.name` with `createRef()` (a field `name = createRef()`, or `this.name =
 * createRef()` in its constructor) and renders it on an element of its own: `<select ref={this.name}>`
 * (a lowercase tag) in its JSX.
 */
function classRendersOwnRef(classPath: NodePath, name: string): boolean {
  let made = false;
  const body = (classPath.node as { body?: { body?: Node[] } }).body?.body ?? [];
  for (const member of body) {
    if (member.type === 'ClassProperty' && !member.static && !member.computed && member.key.type === 'Identifier' && member.key.name === name && isCreateRefCall(classPath, member.value)) made = true;
    if (member.type === 'ClassMethod' && member.kind === 'constructor') {
      forEachNode(member.body, (node) => {
        if (node.type === 'AssignmentExpression' && node.operator === '=' && getThisMemberName(node.left) === name && isCreateRefCall(classPath, node.right)) made = true;
        return undefined;
      });
    }
  }
  if (!made) return false;
  return classRendersPlainElement(classPath, 'ref', (value) => getThisMemberName(value) === name);
}

/**
 * Case: a class component (React, Preact, Inferno), directly in `componentDidMount` (once per
 * mount): `this.selectRef.current.addEventListener(…)`, or through a `const` of the hook holding
 * it (`const element = this.selectRef.current`), where the class makes `selectRef` with
 * `createRef()` and renders `<select ref={this.selectRef}>`: the element unmounts with the
 * component and its listener goes with it. `componentDidUpdate` runs again on the same element;
 * a ref the class does not render on an element of its own (a child component's instance, a
 * base class's ref) stays a finding.
 */
function isClassOwnElementTarget(target: NodePath, owner: OwnerScope): boolean {
  const classOwner = owner.classOwner;
  if (!classOwner || classOwner.kind !== 'react-class' || !classOwner.thisIsInstance || owner.nested.length > 0 || owner.inLoop) return false;
  // Case: another method behind a per-instance "done once" flag the class never clears
  // (`if (!canvas || this._handlersSetup) return; this._handlersSetup = true;`): once per instance too.
  if (classOwner.memberName !== 'componentDidMount' && !isBehindKeptInstanceFlag(target, owner.scope, classOwner.classPath as NodePath)) return false;
  let node = unwrapExpression(target.node);
  if (node.type === 'Identifier') {
    const binding = findBinding(target, node.name);
    const declaration = binding?.declaration;
    if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
    // The `const` is the hook's own: its block lies between the listener and the hook's function
    let inHook = false;
    for (let current: NodePath | null = target; current; current = current.parentPath) {
      if (current.node === binding.scope) inHook = true;
      if (current.node === owner.scope.node) break;
    }
    if (!inHook && binding.scope !== owner.scope.node) return false;
    node = unwrapExpression(declaration.init);
  }
  // Case: `document.getElementById('row' + this.idSuffix)` with `<tr id={'row' + this.idSuffix}>` in its JSX
  const idKey = instanceIdLookupKey(node);
  if (idKey !== null) return classRendersOwnId(classOwner.classPath as NodePath, idKey);
  if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.computed || getPropertyName(node) !== 'current') return false;
  const object = unwrapExpression(node.object);
  const name = getThisMemberName(object) ?? (object.type === 'Identifier' ? destructuredThisMember(target, object.name, owner) : null);
  return name !== null && classRendersOwnRef(classOwner.classPath as NodePath, name);
}

/**
 * A key for an id expression built of literals, names, `this.…` members and `+` (`'row' +
 * this.idSuffix`, `` `row-${this.props.id}` ``), equal for the same expression written twice;
 * `null` for anything else (a call may differ between two evaluations).
 */
function idExpressionKey(node: Node): string | null {
  const expression = unwrapExpression(node);
  switch (expression.type) {
    case 'StringLiteral':
      return JSON.stringify(expression.value);
    case 'ThisExpression':
      return '#this';
    case 'Identifier':
      return expression.name;
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      if (expression.computed) return null;
      const object = idExpressionKey(expression.object);
      return object === null ? null : `${object}.${getPropertyName(expression)}`;
    }
    case 'BinaryExpression': {
      if (expression.operator !== '+' || expression.left.type === 'PrivateName') return null;
      const left = idExpressionKey(expression.left);
      const right = idExpressionKey(expression.right);
      return left === null || right === null ? null : `(${left}+${right})`;
    }
    case 'TemplateLiteral': {
      const parts: string[] = [];
      for (let i = 0; i < expression.quasis.length; i++) {
        parts.push(JSON.stringify(expression.quasis[i]!.value.cooked ?? ''));
        const inner = expression.expressions[i];
        if (inner) {
          const key = idExpressionKey(inner as Node);
          if (key === null) return null;
          parts.push(key);
        }
      }
      return `(${parts.join('+')})`;
    }
    default:
      return null;
  }
}

/**
 * `document.getElementById(id)` whose id reads the instance (`'row' + this.idSuffix`,
 * `this.state.idSuffix`): the key of that id, else `null`. Only an id of this instance: a literal
 * id may be another component's element (the single-file components' rule checks that the markup
 * renders it unconditionally; a class's JSX is not read that closely).
 */
function instanceIdLookupKey(node: Node): string | null {
  if (node.type !== 'CallExpression' && node.type !== 'OptionalCallExpression') return null;
  const callee = unwrapExpression(node.callee as Node);
  if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || node.arguments.length !== 1 || getPropertyName(callee) !== 'getElementById') return null;
  const object = unwrapExpression(callee.object);
  if (object.type !== 'Identifier' || object.name !== 'document') return null;
  const key = idExpressionKey(node.arguments[0] as Node);
  return key !== null && key.includes('#this') ? key : null;
}

/** The class's JSX gives a plain element (a lowercase tag) the id `key` (`<div id={'row' + this.idSuffix}>`). */
function classRendersOwnId(classPath: NodePath, key: string): boolean {
  return classRendersPlainElement(classPath, 'id', (value) => idExpressionKey(value) === key);
}

/**
 * The class's JSX renders a plain element (a lowercase tag) whose `attribute={…}` value `matches`;
 * not counting a class declared inside this one, which renders its own elements.
 */
function classRendersPlainElement(classPath: NodePath, attribute: string, matches: (value: Node) => boolean): boolean {
  let rendered = false;
  forEachNode(classPath.node, (node) => {
    if (rendered) return false;
    if (node !== classPath.node && (node.type === 'ClassDeclaration' || node.type === 'ClassExpression')) return false;
    if (node.type !== 'JSXOpeningElement' || node.name.type !== 'JSXIdentifier' || !/^[a-z]/.test(node.name.name)) return undefined;
    rendered = node.attributes.some(
      (item) =>
        item.type === 'JSXAttribute' &&
        item.name.type === 'JSXIdentifier' &&
        item.name.name === attribute &&
        item.value?.type === 'JSXExpressionContainer' &&
        item.value.expression.type !== 'JSXEmptyExpression' &&
        matches(item.value.expression),
    );
    return undefined;
  });
  return rendered;
}

/** `tabsRef` of `const { tabsRef } = this;` (or `{ tabsRef: ref }`) in the hook's own body: the member's name. */
function destructuredThisMember(at: NodePath, local: string, owner: OwnerScope): string | null {
  const binding = findBinding(at, local);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || (binding.scope !== owner.scope.node && binding.scope !== (owner.scope.node as { body?: Node }).body) || declaration?.type !== 'VariableDeclarator' || declaration.id.type !== 'ObjectPattern' || !declaration.init) return null;
  if (unwrapExpression(declaration.init).type !== 'ThisExpression') return null;
  for (const property of declaration.id.properties) {
    if (property.type !== 'ObjectProperty' || property.computed || property.key.type !== 'Identifier') continue;
    if (property.value === binding.identifier) return property.key.name;
  }
  return null;
}

/** `at` runs behind a per-instance "done once" flag of `fn` (once-guard.ts) that nothing in the class sets back to a falsy value or deletes. */
function isBehindKeptInstanceFlag(at: NodePath, fn: NodePath, classPath: NodePath): boolean {
  const flag = getInstanceOnceFlag(at, fn);
  if (!flag) return false;
  const name = flag.slice('this.'.length);
  return !isResetIn(classPath.node, (node) => getThisMemberName(node) === name);
}

/**
 * The listener's target is the component's own element, in a hook that runs once per mount:
 * `ref.current` of a `useRef` its component attaches to an element it renders, in an effect that
 * runs once per mount; `this.x.current` of a class component's `createRef()` it renders on an
 * element, in `componentDidMount`; or an element a single-file component's markup binds, in its mount hook.
 */
export function isOwnRenderedElementTarget(target: NodePath | null, owner: OwnerScope, sfc?: SingleFileComponent | null, add?: ListenerCall): boolean {
  if (target && isSfcOwnElementTarget(target, owner, sfc)) return true;
  if (target && isClassOwnElementTarget(target, owner)) return true;
  if (!target || !(runsOncePerMount(owner) || (owner.kind === 'react-effect' && add !== undefined && isDeduplicatedReAdd(add)))) return false;
  const node = effectConstValue(target, owner) ?? unwrapExpression(target.node);
  if ((node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || getPropertyName(node) !== 'current') return false;
  const object = unwrapExpression(node.object);
  if (object.type !== 'Identifier') return false;
  const binding = findBinding(target, object.name);
  const declaration = binding?.declaration;
  if (!binding || binding.kind !== 'const' || declaration?.type !== 'VariableDeclarator' || !(isUseRefCall(declaration.init) || isOwnRefFallback(target, declaration.init))) return false;
  // Case: `useRef<HTMLButtonElement>(null)` handed to `<IconButton ref={copyRef}>`, which forwards it to its `<button>`
  const elementTyped = DOM_ELEMENT_TYPE.test(resolveEventTargetType(target) ?? '');
  return rendersWithRef(binding.scope, object.name, elementTyped);
}

/**
 * Case: Vue's `watch(audioEl, () => { if (audioEl.value) audioEl.value.addEventListener(…) })`
 * with `<audio ref="audioEl">`: the watcher runs when the template ref gets a new element (and,
 * with `immediate`, at once), so each element the component renders gets the listener once, and
 * the listener goes with that element. Only a watcher whose one source is that ref (`audioEl` or
 * `() => audioEl.value`), with the listener in the callback's own code: a watcher of anything
 * else runs again on the same element and adds one more listener each time (still a finding).
 */
export function isWatchedOwnElementTarget(target: NodePath | null, at: NodePath, sfc: SingleFileComponent | null | undefined): boolean {
  if (!target || sfc?.kind !== 'vue' || !isSfcBoundElement(target, sfc)) return false;
  const node = unwrapExpression(target.node);
  if (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') return false;
  const ref = unwrapExpression(node.object);
  if (ref.type !== 'Identifier') return false;
  let fn: NodePath | null = at.parentPath;
  while (fn && !isFunctionNode(fn.node)) fn = fn.parentPath;
  const call = fn?.parentPath?.node;
  if (!fn || call?.type !== 'CallExpression' || call.arguments[1] !== fn.node) return false;
  const callee = unwrapExpression(call.callee);
  if (callee.type !== 'Identifier') return false;
  const reference = resolveModuleReference(fn, callee.name);
  if (reference?.source !== 'vue' || reference.imported !== 'watch') return false;
  const source = call.arguments[0] ? unwrapExpression(call.arguments[0] as Node) : null;
  if (!source) return false;
  if (source.type === 'Identifier') return source.name === ref.name && findBinding(fn, source.name) === findBinding(target, ref.name);
  // Case: `() => audioEl.value`
  if (source.type !== 'ArrowFunctionExpression' || source.body.type === 'BlockStatement') return false;
  const body = unwrapExpression(source.body);
  if ((body.type !== 'MemberExpression' && body.type !== 'OptionalMemberExpression') || getPropertyName(body) !== 'value') return false;
  const object = unwrapExpression(body.object);
  return object.type === 'Identifier' && object.name === ref.name && findBinding(fn, object.name) === findBinding(target, ref.name);
}

