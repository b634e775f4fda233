import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveAcquisitionHandle } from './acquisition-handle';

const handleOf = (code: string, nth = 0) => {
  const s = parseSnippet(code, 'tsx');
  return resolveAcquisitionHandle(s.call('setInterval', nth));
};

describe('resolveAcquisitionHandle', () => {
  it('sees a dropped handle, also behind `void` and `as`', () => {
    expect(handleOf('setInterval(f, 1);')).toMatchObject({ kind: 'discarded', voidOperator: null });
    expect(handleOf('void setInterval(f, 1);').kind).toBe('discarded');
    expect(handleOf('setInterval(f, 1) as unknown as number;').kind).toBe('discarded');
  });

  it('sees a variable that keeps it', () => {
    const declared = handleOf('const id = setInterval(f, 1);');
    expect(declared.kind === 'variable' && declared.binding.name).toBe('id');
    expect(declared.kind === 'variable' && declared.declarator !== null).toBe(true);
    const assigned = handleOf('let id; id = setInterval(f, 1);');
    expect(assigned.kind === 'variable' && assigned.declarator).toBeNull();
  });

  it('sees members: this.x, this.#x, ref.current, class field initialisers', () => {
    const texts = [
      'class A { m() { this.timer = setInterval(f, 1); } }',
      'class A { #t; m() { this.#t = setInterval(f, 1); } }',
      'const ref = useRef(); ref.current = setInterval(f, 1);',
      'class A { timer = setInterval(f, 1); }',
      'class A { #timer = setInterval(f, 1); }',
    ].map((code) => {
      const handle = handleOf(code);
      return handle.kind === 'member' ? handle.member.text : handle.kind;
    });
    expect(texts).toEqual(['this.timer', 'this.#t', 'ref.current', 'this.timer', 'this.#timer']);
  });

  it('sees the member at the end of an assignment chain through locals: this.x = id = setInterval(…)', () => {
    const texts = [
      'class A { m() { let id; this.timer = id = setInterval(f, 1); } }',
      'class A { m() { let a, b; this.timer = a = b = setInterval(f, 1); } }',
      'class A { m() { let id; id = this.timer = setInterval(f, 1); } }',
      'let a, b; a = b = setInterval(f, 1);',
    ].map((code) => {
      const handle = handleOf(code);
      return handle.kind === 'member' ? handle.member.text : handle.kind === 'variable' ? `variable ${handle.binding.name}` : handle.kind;
    });
    expect(texts).toEqual(['this.timer', 'this.timer', 'this.timer', 'variable b']);
  });

  it('sees chained calls, returned handles and handles handed on', () => {
    expect(handleOf('setInterval(f, 1).unref();')).toMatchObject({ kind: 'chained', method: 'unref' });
    expect(handleOf('setInterval(f, 1)?.unref?.();')).toMatchObject({ kind: 'chained', method: 'unref' });
    expect(handleOf('function a() { return setInterval(f, 1); }').kind).toBe('returned');
    expect(handleOf('const start = () => setInterval(f, 1);').kind).toBe('returned');
    expect(handleOf('timers.push(setInterval(f, 1));').kind).toBe('escapes');
    expect(handleOf('const all = [setInterval(f, 1)];').kind).toBe('escapes');
    expect(handleOf('class A { static t = setInterval(f, 1); }').kind).toBe('escapes');
    expect(handleOf('const { a } = setInterval(f, 1);').kind).toBe('escapes');
  });

  it('calls a dropped value inside a larger expression unsupported', () => {
    expect(handleOf('ready && setInterval(f, 1);').kind).toBe('unsupported');
    expect(handleOf('ready ? setInterval(f, 1) : null;').kind).toBe('unsupported');
    expect(handleOf('const x = ready && setInterval(f, 1);').kind).toBe('escapes');
  });
});
