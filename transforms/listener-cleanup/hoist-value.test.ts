import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { editSnippet } from '../../test/helpers/edit-context';
import { planValueHoist } from './hoist-value';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { resolveReleasePlace } from '../../src/analysis/lifecycle/release-place';

/** Hoists the 2nd argument of the first `x.addEventListener(...)`. */
const hoist = (code: string, options: { movable?: boolean; parameterType?: string; language?: 'ts' | 'tsx' | 'js' } = {}) => {
  const s = editSnippet(code, options.language ?? 'tsx');
  const call = s.find((node: Node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && (node.callee.property as { name?: string }).name === 'addEventListener');
  const { place } = resolveReleasePlace(resolveOwnerScope(call, { sfc: null }), call);
  if (!place) throw new Error('no place');
  const argument = (call.node as unknown as { arguments: Node[] }).arguments[1]!;
  const reserved = new Map<Node, Set<string>>();
  const result = planValueHoist(
    {
      place,
      value: call.child(argument, 'arguments', 1),
      baseName: 'handleResize',
      reserved: (scope) => reserved.get(scope) ?? reserved.set(scope, new Set()).get(scope)!,
      movable: options.movable ?? false,
      parameterType: options.parameterType ?? null,
    },
    s.ctx,
  );
  return result && { text: result.text, typed: result.typed, code: s.apply(result.edits) };
};

const EFFECT = "import { useEffect } from 'react';\n";

describe('planValueHoist', () => {
  it('puts an inline handler in a const before its statement', () => {
    expect(hoist(`${EFFECT}useEffect(() => {\n  window.addEventListener('resize', () => {\n    update();\n  });\n});\n`)).toEqual({
      text: 'handleResize',
      typed: true,
      code: `${EFFECT}useEffect(() => {\n  const handleResize = () => {\n    update();\n  };\n  window.addEventListener('resize', handleResize);\n});\n`,
    });
  });

  it('moves a function out of a nested block when every name it uses is visible there', () => {
    const code = `${EFFECT}useEffect(() => {\n  if (on) {\n    window.addEventListener('resize', () => update());\n  }\n});\n`;
    expect(hoist(code)?.code).toBe(`${EFFECT}useEffect(() => {\n  const handleResize = () => update();\n  if (on) {\n    window.addEventListener('resize', handleResize);\n  }\n});\n`);
    expect(hoist(`${EFFECT}useEffect(() => {\n  if (on) {\n    const el = get();\n    window.addEventListener('resize', () => el.update());\n  }\n});\n`)).toBeNull();
  });

  it('moves other values only right before their statement, when asked', () => {
    const code = `${EFFECT}useEffect(() => {\n  window.addEventListener('resize', debounce(update, 100));\n});\n`;
    expect(hoist(code)).toBeNull();
    expect(hoist(code, { movable: true })?.code).toContain('const handleResize = debounce(update, 100);\n  window.addEventListener');
  });

  it('types an untyped first parameter in TypeScript, or does not move the function', () => {
    const code = `${EFFECT}useEffect(() => {\n  window.addEventListener('resize', (event) => update(event));\n});\n`;
    expect(hoist(code, { parameterType: "WindowEventMap['resize']" })?.code).toContain("const handleResize = (event: WindowEventMap['resize']) => update(event);");
    expect(hoist(`${EFFECT}useEffect(() => {\n  window.addEventListener('resize', event => update(event));\n});\n`, { parameterType: 'UIEvent' })?.code).toContain('const handleResize = (event: UIEvent) => update(event);');
    expect(hoist(code)).toBeNull();
    expect(hoist(code, { language: 'js' })?.typed).toBe(true);
  });

  it('never writes `any`: a parameter whose type only the call knew keeps the function where it is in TypeScript', () => {
    const effect = (handler: string) => `${EFFECT}useEffect(() => {\n  bus.addEventListener('tick', ${handler});\n});\n`;
    expect(hoist(effect('(count) => update(count)'))).toBeNull();
    expect(hoist(effect('count => update(count)'))).toBeNull();
    expect(hoist(effect('(...args) => update(args)'))).toBeNull();
    expect(hoist(effect('({ id }, done = noop) => update(id, done)'))).toBeNull();
    expect(hoist(effect('(count?) => update(count)'), { parameterType: 'Event' })).toBeNull();
    expect(hoist(effect('(a, b) => update(a, b)'), { parameterType: 'Event' })).toBeNull();
    expect(hoist(effect('(count: number, done = noop) => update(count, done)'))?.code).toContain('const handleResize = (count: number, done = noop) => update(count, done);');
    expect(hoist(effect('(count) => update(count)'), { language: 'js' })?.code).toContain('const handleResize = (count) => update(count);');
  });

  it('makes a class field that may use this and module-level names only', () => {
    const code = "class A extends HTMLElement {\n  connectedCallback() {\n    window.addEventListener('resize', () => {\n      this.update();\n    });\n  }\n}\n";
    expect(hoist(code, { language: 'js' })).toEqual({
      text: 'this.#handleResize',
      typed: true,
      code: "class A extends HTMLElement {\n  #handleResize = () => {\n    this.update();\n  };\n  connectedCallback() {\n    window.addEventListener('resize', this.#handleResize);\n  }\n}\n",
    });
    expect(hoist(code, { language: 'ts' })?.code).toContain('  private readonly handleResize = () => {\n    this.update();\n  };\n');
    expect(hoist("class A extends HTMLElement {\n  connectedCallback() {\n    const el = this.el;\n    window.addEventListener('resize', () => el.update());\n  }\n}\n", { language: 'js' })).toBeNull();
  });
});

describe('planValueHoist (names the value itself uses)', () => {
  it('does not move a local variable into a class field', () => {
    const s = editSnippet("class A extends HTMLElement {\n  connectedCallback() {\n    const source = new EventSource(u);\n    source.addEventListener('x', this.onX);\n  }\n}\n", 'js');
    const call = s.find((node: Node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && (node.callee.property as { name?: string }).name === 'addEventListener');
    const { place } = resolveReleasePlace(resolveOwnerScope(call, { sfc: null }), call);
    const target = call.child((call.node as unknown as { callee: Node & { object: Node } }).callee, 'callee');
    const result = planValueHoist({ place: place!, value: target.child((target.node as unknown as { object: Node }).object, 'object'), baseName: 'target', reserved: () => new Set(), movable: true }, s.ctx);
    expect(result).toBeNull();
  });
});
