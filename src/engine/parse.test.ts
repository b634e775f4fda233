import { describe, expect, it } from 'vitest';
import { getLanguage } from '../core/language';
import { getLeadingComments } from '../core/comments';
import { isFlowSource, parseSource } from './parse';

describe('isFlowSource', () => {
  it('finds the @flow pragma among the leading comments, and only there', () => {
    expect(isFlowSource('// @flow\nimport x from "x";')).toBe(true);
    expect(isFlowSource('#!/usr/bin/env node\n/* @flow */\nrun();')).toBe(true);
    expect(isFlowSource('/**\n * Copyright\n * @flow strict\n */\nexport {};')).toBe(true);
    expect(isFlowSource('// the flow of data\nconst flow = "@flow";')).toBe(false);
    expect(isFlowSource('import x from "x";\n// @flow')).toBe(false);
  });

  it('reads a long header with no pragma at once (webpack: many comments, no @flow)', () => {
    const header = Array.from({ length: 400 }, (_, i) => `/*\n\tMIT License http://www.opensource.org/licenses/mit-license.php ${i}\n*/\n// note ${i}\n`).join('');
    const started = Date.now();
    expect(isFlowSource(`${header}"use strict";\n`)).toBe(false);
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('parseSource and Flow', () => {
  it('parses Flow annotations with the pragma, and without it as a second try', () => {
    const js = getLanguage('a.js')!;
    expect(() => parseSource('// @flow\nimport type { Node } from "react";\nfunction f(x: number): string { return String(x); }\n', js)).not.toThrow();
    expect(() => parseSource('class A {\n  status: string;\n}\n', js)).not.toThrow();
    expect(() => parseSource('const = ;', js)).toThrow();
  });
});

describe('parseSource and errors only the TypeScript checker reports', () => {
  it('parses an abstract member of a class that is not abstract (TypeScript parses it, its checker reports it)', () => {
    const ts = getLanguage('a.ts')!;
    const file = parseSource('export class Base {\n  // @ts-expect-error: "Abstract methods can only appear within an abstract class"\n  abstract mode: string\n}\n', ts);
    expect(file.program.body).toHaveLength(1);
    expect(() => parseSource('export class Base {\n  abstract mode: string\n}\n', getLanguage('a.tsx')!)).not.toThrow();
  });

  it("parses a `type` modifier inside `import type { … }` (TS2206: TypeScript's checker reports it, not its parser)", () => {
    const file = parseSource("import type {\n  type ColumnType,\n  type TableType,\n} from 'sdk'\nexport const meta: TableType | ColumnType = {}\n", getLanguage('a.ts')!);
    expect(file.program.body).toHaveLength(2);
    // Next to a real syntax error it still fails.
    expect(() => parseSource("import type { type A } from 'sdk'\nconst = ;\n", getLanguage('a.ts')!)).toThrow();
  });

  it('still rejects real syntax errors, also next to a checker-only one', () => {
    const ts = getLanguage('a.ts')!;
    expect(() => parseSource('export class Base {\n  abstract mode: string\n  run( {\n}\n', ts)).toThrow();
    expect(() => parseSource('const = ;', ts)).toThrow();
    // JavaScript has no abstract members: still an error there.
    expect(() => parseSource('class Base {\n  abstract mode\n}\n', getLanguage('a.js')!)).toThrow();
  });
});

describe('parseSource and comments', () => {
  it('attaches no comments to nodes, and records the file comments for lookups by position', () => {
    const text = '// about f\nf(); // after f\n';
    const ast = parseSource(text, getLanguage('a.ts')!);
    const statement = ast.program.body[0]!;
    expect(statement.leadingComments).toBeUndefined();
    expect(statement.trailingComments).toBeUndefined();
    expect(ast.comments!.map((comment) => comment.value)).toEqual([' about f', ' after f']);
    expect(getLeadingComments(ast.program, text, statement).map((comment) => comment.value)).toEqual([' about f']);
  });
});
