/**
 * What a function does with one of its parameters, as far as its own code shows: the names of
 * the members it reads on it (`response.arrayBuffer()` gives `arrayBuffer`, `response.body`
 * gives `body`), in source order, or `null` when the parameter also goes anywhere else — passed
 * on, returned, kept, read with a computed key — or is not a plain name. For a question asked
 * about a function of another module (`ProjectQueries.getParameterMemberUses`): fetch-timeout
 * asks how a helper such as `EncArrayBuffer.fromResponse(response)` reads the response it is
 * handed.
 */
import type { Node } from '@babel/types';
import { forEachNode } from '../../core/traverse';
import { isFunctionNode } from './scope';

export function getParameterMemberUses(fn: Node, index: number): string[] | null {
  if (!isFunctionNode(fn)) return null;
  const parameter = (fn as Extract<Node, { params: unknown }>).params[index] as Node | undefined;
  if (parameter?.type !== 'Identifier') return null;
  const name = parameter.name;
  const body = (fn as Extract<Node, { body: Node }>).body;
  const members: string[] = [];
  let unknown = false;
  forEachNode(body, (node, parent, key) => {
    if (unknown) return false;
    // Case: a nested function that declares the same name: its own, not this parameter
    if (node !== body && isFunctionNode(node) && declaresName(node, name)) return false;
    if (node.type !== 'Identifier' || node.name !== name) return undefined;
    // Case: `other.response`, `{ response: 1 }`: a property name, not the parameter
    if ((parent?.type === 'MemberExpression' || parent?.type === 'OptionalMemberExpression') && key === 'property' && !parent.computed) return undefined;
    if (parent?.type === 'ObjectProperty' && key === 'key' && !parent.computed && !parent.shorthand) return undefined;
    // Case: `response.arrayBuffer()`, `response.body`
    if ((parent?.type === 'MemberExpression' || parent?.type === 'OptionalMemberExpression') && key === 'object' && !parent.computed && parent.property.type === 'Identifier') {
      members.push(parent.property.name);
      return undefined;
    }
    unknown = true;
    return false;
  });
  return unknown ? null : members;
}

function declaresName(fn: Node, name: string): boolean {
  return (fn as Extract<Node, { params: unknown }>).params.some((param) => param.type === 'Identifier' && param.name === name);
}
