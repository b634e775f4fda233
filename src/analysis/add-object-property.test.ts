import { describe, expect, it } from 'vitest';
import type { ObjectExpression } from '@babel/types';
import { parseSnippet } from '../../test/helpers/ast';
import { SourceText } from '../engine/source-text';
import { applyEdits } from '../engine/fixer';
import { addObjectProperty } from './add-object-property';

/** Adds `entry` to the first object literal of `code` and returns the new text. */
function add(code: string, entry = 'signal: s', at: 'start' | 'end' = 'end'): string {
  const snippet = parseSnippet(code);
  const object = snippet.find((node) => node.type === 'ObjectExpression').node as ObjectExpression;
  const source = new SourceText(code);
  return applyEdits(code, addObjectProperty(source, object, entry, { at }), '\n');
}

describe('addObjectProperty', () => {
  it('fills an empty object', () => {
    expect(add('f({});')).toBe('f({ signal: s });');
    expect(add('f({ });')).toBe('f({ signal: s });');
    expect(add('f({ /* none */ });')).toBe('f({ signal: s, /* none */ });');
  });

  it('appends on one line', () => {
    expect(add("f({ method: 'POST' });")).toBe("f({ method: 'POST', signal: s });");
    expect(add('f({ a, });')).toBe('f({ a, signal: s, });');
  });

  it('adds a line to a multi-line object, keeping its trailing comma habit', () => {
    expect(add('f({\n  a: 1,\n  b: 2,\n});')).toBe('f({\n  a: 1,\n  b: 2,\n  signal: s,\n});');
    expect(add('f({\n  a: 1,\n  b: 2\n});')).toBe('f({\n  a: 1,\n  b: 2,\n  signal: s\n});');
  });

  it('keeps a comment at the end of the last line with its property', () => {
    expect(add('f({\n  a: 1, // why\n});')).toBe('f({\n  a: 1, // why\n  signal: s,\n});');
    expect(add('f({\n  a: 1 // why\n});')).toBe('f({\n  a: 1, // why\n  signal: s\n});');
  });

  it('handles an object that closes on its last line', () => {
    expect(add('f({ a: 1,\n    b: 2 });')).toBe('f({ a: 1,\n    b: 2,\n    signal: s });');
  });

  it('uses tabs when the object does', () => {
    expect(add('f({\n\ta: 1,\n});')).toBe('f({\n\ta: 1,\n\tsignal: s,\n});');
  });

  it('puts the entry first when asked (a later spread keeps priority)', () => {
    expect(add('f({ ...init, a: 1 });', 'signal: s', 'start')).toBe('f({ signal: s, ...init, a: 1 });');
    expect(add('f({\n  ...init,\n});', 'signal: s', 'start')).toBe('f({\n  signal: s,\n  ...init,\n});');
  });
});
