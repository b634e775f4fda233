import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { editSnippet } from '../../../test/helpers/edit-context';
import { planNewDisposalMethod } from './creator-dispose';
import { resolveOwnerScope } from './owner-scope';

/** The edits that call the new `dispose()` of the class holding `tick()`, applied; `null` when none. */
function plan(code: string): string | null {
  const s = editSnippet(code, 'tsx');
  const tick = s.find((node: Node) => node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'tick');
  const reserved = new Map<Node, Set<string>>();
  const planned = planNewDisposalMethod(resolveOwnerScope(tick, { sfc: null }), (scope) => reserved.get(scope) ?? reserved.set(scope, new Set()).get(scope)!, s.ctx, []);
  return planned && s.apply(planned.edits);
}

const CLASS = 'class Poller {\n  constructor() {\n    tick();\n  }\n}\n';

describe('planNewDisposalMethod', () => {
  it('calls the new dispose() in the release place of the owner that makes the one instance', () => {
    expect(plan(`import { useEffect } from 'react';\n${CLASS}useEffect(() => {\n  const poller = new Poller();\n}, []);\n`)).toBe(
      `import { useEffect } from 'react';\n${CLASS}useEffect(() => {\n  const poller = new Poller();\n  return () => {\n    poller.dispose();\n  };\n}, []);\n`,
    );
    expect(plan(`import { Component } from 'react';\n${CLASS}class View extends Component {\n  componentDidMount() {\n    new Poller();\n  }\n}\n`)).toContain('componentWillUnmount() {\n    this.poller?.dispose();\n  }');
  });

  it('proposes nothing for a creation at module level, in several places, in a callback, or handed on', () => {
    expect(plan(`${CLASS}export const poller = new Poller();\n`)).toBeNull();
    expect(plan(`import { useEffect } from 'react';\n${CLASS}useEffect(() => {\n  new Poller();\n  new Poller();\n}, []);\n`)).toBeNull();
    expect(plan(`import { useEffect } from 'react';\n${CLASS}useEffect(() => {\n  on('x', () => new Poller());\n}, []);\n`)).toBeNull();
    expect(plan(`${CLASS}export function make() {\n  return new Poller();\n}\n`)).toBeNull();
    expect(plan(CLASS)).toBeNull();
  });
});
