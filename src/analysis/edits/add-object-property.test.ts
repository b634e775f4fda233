import { describe, expect, it } from 'vitest';
import type { ObjectExpression } from '@babel/types';
import { parseSnippet } from '../../../test/helpers/ast';
import { SourceText } from '../../core/source-text';
import { applyEdits } from '../../core/fixer';
import { addObjectProperty, layoutObjectLiteral, type ListLayout } from './add-object-property';

/** Adds `entry` to the first object literal of `code` and returns the new text. */
function add(code: string, entry = 'signal: s', at: 'start' | 'end' = 'end', layout?: ListLayout): string {
  const snippet = parseSnippet(code);
  const object = snippet.find((node) => node.type === 'ObjectExpression').node as ObjectExpression;
  const source = new SourceText(code);
  return applyEdits(code, addObjectProperty(source, object, entry, { at, ...(layout ? { layout } : {}) }), '\n');
}

const WIDTH_30: ListLayout = { indentUnit: '  ', trailingComma: true, printWidth: 30 };

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

  describe('with a print width', () => {
    it('keeps a line that still fits', () => {
      expect(add('f(u, { a: 1 });', 'signal: s', 'end', WIDTH_30)).toBe('f(u, { a: 1, signal: s });');
    });

    it('breaks a one-line object that would grow past it, one entry per line', () => {
      expect(add('  go(url, { method: m });', 'signal: timeout(1)', 'end', WIDTH_30)).toBe('  go(url, {\n    method: m,\n    signal: timeout(1),\n  });');
      expect(add('go(url, { ...o, a: 1 });', 'signal: timeout(1)', 'start', { ...WIDTH_30, trailingComma: false })).toBe(
        'go(url, {\n  signal: timeout(1),\n  ...o,\n  a: 1\n});',
      );
      expect(add('go(url, { a, });', 'signal: timeout(1000)', 'end', WIDTH_30)).toBe('go(url, {\n  a,\n  signal: timeout(1000),\n});');
      expect(add('go(someLongUrl, {});', 'signal: timeout(1)', 'end', WIDTH_30)).toBe('go(someLongUrl, {\n  signal: timeout(1),\n});');
    });

    it('leaves a one-line object with a comment inside on one line (the comment would be lost)', () => {
      expect(add('go(url, { a /* why */ });', 'signal: timeout(1)', 'end', WIDTH_30)).toBe('go(url, { a, signal: timeout(1) /* why */ });');
    });

    it('keeps the list on its line in a file that keeps its own long calls on one line', () => {
      const longCall = 'report(firstArgumentIsLong, secondOne);\n';
      expect(add(`${longCall}go(url, { method: m });`, 'signal: timeout(1)', 'end', WIDTH_30)).toBe(`${longCall}go(url, { method: m, signal: timeout(1) });`);
    });

    it('leaves multi-line objects to their own layout', () => {
      expect(add('go(url, {\n  a: 1,\n});', 'signal: aVeryLongExpressionThatIsWide(1)', 'end', WIDTH_30)).toBe(
        'go(url, {\n  a: 1,\n  signal: aVeryLongExpressionThatIsWide(1),\n});',
      );
    });
  });
});

describe('layoutObjectLiteral', () => {
  const layout = (code: string, at: number, entries: string[], options: { before?: string; replacedEnd?: number } = {}, style: ListLayout = WIDTH_30): string =>
    layoutObjectLiteral(new SourceText(code), style, entries, at, options);

  it('writes one line when the line still fits', () => {
    expect(layout('go(u);', 4, ['signal: s'], { before: ', ' })).toBe('{ signal: s }');
  });

  it('breaks the literal one unit deeper than its line when the line would be too long', () => {
    const code = '\tgo(someUrl);';
    expect(layout(code, code.indexOf(')'), ['signal: timeout(1)'], { before: ', ' }, { indentUnit: '\t', trailingComma: false, printWidth: 30 })).toBe(
      '{\n\t\tsignal: timeout(1)\n\t}',
    );
  });

  it('counts the rest of the line and the text it replaces', () => {
    const code = 'go(u, undefined, cb);';
    const at = code.indexOf('undefined');
    expect(layout(code, at, ['signal: s'], { replacedEnd: at + 'undefined'.length })).toBe('{ signal: s }');
    expect(layout(code, at, ['signal: s', 'a: 1'], { replacedEnd: at + 'undefined'.length })).toBe('{\n  signal: s,\n  a: 1,\n}');
  });

  it('writes one line in a file that keeps its own long calls on one line', () => {
    const code = 'report(firstArgumentIsLong, secondOne);\ngo(someUrl);';
    expect(layout(code, code.lastIndexOf(')'), ['signal: timeout(1)', 'a: 1'], { before: ', ' })).toBe('{ signal: timeout(1), a: 1 }');
  });

  it('never breaks without a print width', () => {
    expect(layout('go(aVeryLongUrlIndeed, other, more);', 4, ['signal: s'], {}, { indentUnit: '  ', trailingComma: true, printWidth: Infinity })).toBe('{ signal: s }');
  });
});
