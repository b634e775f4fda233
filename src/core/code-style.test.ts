import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { SourceText } from './source-text';
import { detectCodeStyle, openParameters } from './code-style';

const styleOf = (code: string, printWidth?: number) => detectCodeStyle(parseSnippet(code).ast, new SourceText(code), printWidth);

describe('detectCodeStyle', () => {
  it('reads quotes, semicolons and the indentation unit', () => {
    expect(styleOf('const a = "x";\nif (a) {\n    go("y");\n}\n')).toMatchObject({ quote: '"', semicolons: true, indentUnit: '    ', eol: '\n' });
    expect(styleOf("const a = 'x'\nif (a) {\n\tgo('y')\n}\n")).toMatchObject({ quote: "'", semicolons: false, indentUnit: '\t' });
  });

  it('tells whether multi-line object and array literals end with a trailing comma', () => {
    expect(styleOf('const a = {\n  x: 1,\n};\nconst b = [\n  1,\n];\n').trailingComma).toBe(true);
    expect(styleOf('const a = {\n  x: 1\n};\nconst b = [\n  1\n];\nconst c = {\n  y: 2,\n};\n').trailingComma).toBe(false);
    // One-line literals say nothing; with nothing to tell, prettier's default (a trailing comma).
    expect(styleOf('const a = { x: 1 };\n').trailingComma).toBe(true);
  });

  it('tells whether a method or named function has a space before its parameters', () => {
    expect(styleOf('export default {\n  created () {},\n  load (id) {}\n}\nfunction go (x) {}\n').spaceBeforeFunctionParen).toBe(true);
    expect(styleOf('export default {\n  created() {}\n}\nclass A { run() {} }\n').spaceBeforeFunctionParen).toBe(false);
    // Anonymous functions (`function () {}` in both styles), arrows and calls say nothing; prettier's layout by default.
    expect(styleOf('const f = function () {}\ngo (1)\nconst g = async () => {}\n').spaceBeforeFunctionParen).toBe(false);
    expect(styleOf('function a () {}\nfunction b() {}\nfunction c() {}\n').spaceBeforeFunctionParen).toBe(false);
  });

  it("keeps trailing commas out of call arguments under the formatter's es5, and out of everything under none", () => {
    const code = 'const a = {\n  x: 1,\n};\n';
    const detect = (trailingCommas?: 'all' | 'es5' | 'none') => detectCodeStyle(parseSnippet(code).ast, new SourceText(code), 80, 'always', trailingCommas);
    expect(detect()).toMatchObject({ trailingComma: true, callTrailingComma: true });
    expect(detect('all')).toMatchObject({ trailingComma: true, callTrailingComma: true });
    expect(detect('es5')).toMatchObject({ trailingComma: true, callTrailingComma: false });
    expect(detect('none')).toMatchObject({ trailingComma: false, callTrailingComma: false });
  });

  it('carries the print width it is given, no limit by default', () => {
    expect(styleOf('go();\n', 100).printWidth).toBe(100);
    expect(styleOf('go();\n').printWidth).toBe(Infinity);
  });

  it('opens a parameter list as the file does', () => {
    expect(openParameters('beforeUnmount', { spaceBeforeFunctionParen: true })).toBe('beforeUnmount (');
    expect(openParameters('beforeUnmount', { spaceBeforeFunctionParen: false })).toBe('beforeUnmount(');
  });
});
