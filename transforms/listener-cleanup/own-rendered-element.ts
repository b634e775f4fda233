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
 */
import type { Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import type { OwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';

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

/** The listener's target is `ref.current` of a `useRef` its component attaches to an element it renders, in an effect that runs once per mount. */
export function isOwnRenderedElementTarget(target: NodePath | null, owner: OwnerScope): boolean {
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
