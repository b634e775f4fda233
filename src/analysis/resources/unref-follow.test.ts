import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveAcquisitionHandle } from './acquisition-handle';
import { followUnref } from './unref-follow';

const followed = (code: string, returnsSelf = true) => followUnref(resolveAcquisitionHandle(parseSnippet(code, 'tsx').call('setInterval')), returnsSelf);

describe('followUnref', () => {
  it('follows the value past .unref() to where it is kept or dropped', () => {
    const variable = followed('const t = setInterval(f, 1).unref();');
    expect(variable?.kind === 'variable' && variable.binding.name).toBe('t');
    expect(followed('setInterval(f, 1).unref();')?.kind).toBe('discarded');
    expect(followed('class A { m() { this.t = setInterval(f, 1).unref(); } }')?.kind).toBe('member');
  });

  it('keeps the chained handle when the value goes elsewhere, or when unref() returns nothing', () => {
    expect(followed('function g() { return setInterval(f, 1).unref(); }')).toMatchObject({ kind: 'chained', method: 'unref' });
    expect(followed('const t = setInterval(f, 1).unref();', false)).toMatchObject({ kind: 'chained', method: 'unref' });
  });

  it('is null without .unref()', () => {
    expect(followed('const t = setInterval(f, 1);')).toBeNull();
    expect(followed('setInterval(f, 1).ref();')).toBeNull();
  });
});
