/** Parse a snippet and find NodePaths in it, for analysis tests. */
import type { Node } from '@babel/types';
import { parseSource } from '../../src/engine/parse';
import { NodePath, walk } from '../../src/core/traverse';

export function parseSnippet(code: string, language: 'ts' | 'tsx' | 'js' = 'ts') {
  const ast = parseSource(code, { language, sourceType: 'module' });
  const all: NodePath[] = [];
  walk(ast, (path) => all.push(path));
  return {
    ast,
    /** Every path that satisfies `test`, in source order. */
    findAll(test: (node: Node) => boolean): NodePath[] {
      return all.filter((path) => test(path.node));
    },
    /** The first path whose node satisfies `test`; throws when there is none. */
    find(test: (node: Node) => boolean): NodePath {
      const found = all.find((path) => test(path.node));
      if (!found) throw new Error('no node matched');
      return found;
    },
    /** The n-th (0-based) identifier named `name`. */
    identifier(name: string, nth = 0): NodePath {
      const found = all.filter((path) => path.node.type === 'Identifier' && path.node.name === name)[nth];
      if (!found) throw new Error(`no identifier ${name} #${nth}`);
      return found;
    },
    /** The n-th (0-based) call whose callee text is `callee`. */
    call(callee: string, nth = 0): NodePath {
      const found = all.filter(
        (path) => path.node.type === 'CallExpression' && code.slice(path.node.callee.start!, path.node.callee.end!) === callee,
      )[nth];
      if (!found) throw new Error(`no call ${callee} #${nth}`);
      return found;
    },
  };
}
