import { parse } from '@babel/parser';
import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { getParameterMemberUses } from './parameter-member-uses';

function usesOf(code: string, index = 0): string[] | null {
  const program = parse(code, { sourceType: 'module', plugins: ['typescript'] }).program;
  const statement = program.body[0] as Node;
  const fn = statement.type === 'ClassDeclaration' ? (statement.body.body[0] as Node) : statement;
  return getParameterMemberUses(fn, index);
}

describe('getParameterMemberUses', () => {
  it('lists the members a function reads on its parameter', () => {
    expect(usesOf('async function read(response: Response) { if (response.status !== 200) throw new Error(); return new Uint8Array(await response.arrayBuffer()); }')).toEqual(['status', 'arrayBuffer']);
    expect(usesOf('class E { static async fromResponse(response) { const buffer = await response.arrayBuffer(); return new E(buffer); } }')).toEqual(['arrayBuffer']);
    expect(usesOf('function f(a, res) { return res?.body; }', 1)).toEqual(['body']);
    // A property of the same name, or a nested function's own parameter, is not the parameter
    expect(usesOf('function f(res) { other.res = 1; const o = { res: 2 }; list.map((res) => res.blob()); return res.json(); }')).toEqual(['json']);
  });

  it('is null when the parameter goes anywhere else, or is not a plain name', () => {
    expect(usesOf('function f(res) { return handle(res); }')).toBeNull();
    expect(usesOf('function f(res) { this.kept = res; }')).toBeNull();
    expect(usesOf('function f(res) { return res[kind](); }')).toBeNull();
    expect(usesOf('function f({ body }) { return body; }')).toBeNull();
    expect(usesOf('const x = 1;')).toBeNull();
  });
});
