import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { getReleaseBlock } from './release-block';
import { resolveOwnerScope } from './owner-scope';
import { resolveReleasePlace } from './release-place';

function blockOf(code: string): string {
  const s = parseSnippet(code, 'tsx');
  const call = s.call('acquire');
  const { place } = resolveReleasePlace(resolveOwnerScope(call, { sfc: null }), call);
  const block = getReleaseBlock(place!);
  return code.slice(block.start!, block.end!).split('\n')[0]!;
}

describe('getReleaseBlock', () => {
  it('is the code the release runs in', () => {
    expect(blockOf("import { useEffect } from 'react';\nuseEffect(() => {\n  acquire();\n});")).toBe('{');
    expect(blockOf('class A extends HTMLElement {\n  connectedCallback() {\n    acquire();\n  }\n}')).toBe('class A extends HTMLElement {');
    expect(blockOf("import { defineComponent } from 'vue';\ndefineComponent({ setup() {\n  acquire();\n} });")).toBe('{');
    expect(blockOf('function f(signal: AbortSignal) {\n  acquire();\n}')).toBe('{');
  });
});
