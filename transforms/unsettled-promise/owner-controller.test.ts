import { describe, expect, it } from 'vitest';
import type { Node } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { isInOwnersRelease } from './owner-controller';

/** isInOwnersRelease for the first `new Promise(…)` in `code`. */
function inRelease(code: string): boolean {
  const s = parseSnippet(code, 'ts');
  const promise = s.findAll((node: Node) => node.type === 'NewExpression')[0];
  if (!promise) throw new Error('no new Promise');
  return isInOwnersRelease(promise);
}

describe('isInOwnersRelease', () => {
  it("accepts code of one of the class's release methods", () => {
    expect(inRelease('class A { start() {} async dispose() { while (this.busy) await new Promise((r) => setTimeout(r, 100)); } }')).toBe(true);
    expect(inRelease("import { Injectable } from '@nestjs/common'; @Injectable() class A { async onApplicationShutdown() { while (this.n > 0) await new Promise((r) => setTimeout(r, 100)); } }")).toBe(true);
  });

  it('rejects other members, and code with no class owner', () => {
    expect(inRelease('class A { async start() { while (this.on) await new Promise((r) => setTimeout(r, 100)); } dispose() {} }')).toBe(false);
    expect(inRelease('async function poll() { while (on) await new Promise((r) => setTimeout(r, 100)); }')).toBe(false);
    // A `function`'s `this` is not the instance.
    expect(inRelease('class A { dispose() { el.onclose = async function () { await new Promise((r) => setTimeout(r, 100)); }; } }')).toBe(false);
  });
});
