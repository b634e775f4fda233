import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveAcquisitionHandle } from './acquisition-handle';
import { toKeptHandle } from './kept-handle';

const keptOf = (code: string) => toKeptHandle(resolveAcquisitionHandle(parseSnippet(code, 'tsx').call('setInterval')));

describe('toKeptHandle', () => {
  it('converts a variable and a member handle', () => {
    const variable = keptOf('const id = setInterval(f, 1);');
    expect(variable?.kind === 'variable' && variable.binding.name).toBe('id');
    const member = keptOf('class A { m() { this.timer = setInterval(f, 1); } }');
    expect(member?.kind === 'member' && member.member.properties).toEqual(['timer']);
  });

  it('is null for a handle kept nowhere', () => {
    expect(keptOf('setInterval(f, 1);')).toBeNull();
    expect(keptOf('function g() { return setInterval(f, 1); }')).toBeNull();
    expect(keptOf('setInterval(f, 1).unref();')).toBeNull();
  });
});
