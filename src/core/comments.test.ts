import { describe, expect, it } from 'vitest';
import { parse } from '@babel/parser';
import type { BlockStatement, ClassDeclaration, File, Node, ObjectExpression, VariableDeclaration } from '@babel/types';
import { findCommentsWithin, findLeadingComments, getLeadingComments, recordFileComments } from './comments';

const parseTs = (text: string, attachComment: boolean): File =>
  parse(text, { sourceType: 'module', plugins: ['typescript', 'decorators-legacy'], attachComment }) as unknown as File;

const values = (comments: ReadonlyArray<{ value: string }>): string[] => comments.map((comment) => comment.value.trim());

/** Every node of `node` that is an element of a list (statements, class and object members). */
function listElements(node: Node, found: Node[] = []): Node[] {
  for (const [key, value] of Object.entries(node)) {
    if (key.endsWith('Comments') || key === 'loc' || key === 'extra') continue;
    if (Array.isArray(value)) {
      for (const child of value) {
        if (child && typeof child.type === 'string') {
          found.push(child as Node);
          listElements(child as Node, found);
        }
      }
    } else if (value && typeof value === 'object' && typeof value.type === 'string') {
      listElements(value as Node, found);
    }
  }
  return found;
}

const SAMPLE = [
  '#!/usr/bin/env node',
  '/** header */',
  '',
  '// about a',
  'import a from "a"; // after a',
  '/* one */ /* two */',
  '// three',
  'export function f() {',
  '  "use strict"; // directive',
  '  // before g',
  '  g(/* arg */ 1); /* trailing */ h();',
  '  {',
  '    // only inside',
  '  }',
  '}',
  'class C {',
  '  // member',
  '  @dec() // after decorator',
  '  m() {} /** doc */ n = 1;',
  '}',
  'const o = {',
  '  a: 1, // after a',
  '  // before b',
  '  b() {},',
  '  c: 2 /* before comma */, d: 3,',
  '};',
  'if (x) {} // end',
  '',
].join('\n');

describe('comments by position', () => {
  it('finds what babel attaches as leadingComments to every statement and member', () => {
    const attached = parseTs(SAMPLE, true);
    const elements = listElements(attached.program).filter((node) => !/Expression|Literal|Identifier|Decorator/.test(node.type));
    expect(elements.length).toBeGreaterThanOrEqual(15);
    for (const node of elements) {
      expect([node.type, node.start, values(findLeadingComments(attached.comments!, SAMPLE, node))]).toEqual([node.type, node.start, values(node.leadingComments ?? [])]);
    }
  });

  it('gives the whole run of comments between the previous token and the node, and nothing across code', () => {
    const file = parseTs(SAMPLE, false);
    const [, exported, klass, declaration] = file.program.body as [Node, Node, ClassDeclaration, VariableDeclaration];
    expect(values(findLeadingComments(file.comments!, SAMPLE, file.program.body[0]!))).toEqual(['* header', 'about a']);
    expect(values(findLeadingComments(file.comments!, SAMPLE, exported))).toEqual(['after a', 'one', 'two', 'three']);
    expect(values(findLeadingComments(file.comments!, SAMPLE, klass.body.body[1]!))).toEqual(['* doc']);
    const properties = (declaration.declarations[0]!.init as ObjectExpression).properties;
    expect(values(findLeadingComments(file.comments!, SAMPLE, properties[1]!))).toEqual(['after a', 'before b']);
    // `c: 2 /* before comma */, d: 3`: the comment is c's, a comma away from d.
    expect(values(findLeadingComments(file.comments!, SAMPLE, properties[3]!))).toEqual([]);
    expect(exported.leadingComments).toBeUndefined();
  });

  it('findCommentsWithin: the comments of an empty block, as babel attaches them (innerComments)', () => {
    const attached = parseTs(SAMPLE, true);
    const fn = attached.program.body[1]!.type === 'ExportNamedDeclaration' ? attached.program.body[1].declaration! : null;
    const block = (fn as unknown as { body: BlockStatement }).body.body[2] as BlockStatement;
    expect(values(findCommentsWithin(attached.comments!, block))).toEqual(values(block.innerComments!));
    expect(values(findCommentsWithin(attached.comments!, block))).toEqual(['only inside']);
  });

  it('getLeadingComments answers for a recorded Program, and from the node when nothing was recorded', () => {
    const bare = parseTs('// a\nf();\n', false);
    expect(getLeadingComments(bare.program, '// a\nf();\n', bare.program.body[0]!)).toEqual([]);
    recordFileComments(bare);
    expect(values(getLeadingComments(bare.program, '// a\nf();\n', bare.program.body[0]!))).toEqual(['a']);
    expect(values(getLeadingComments(bare, '// a\nf();\n', bare.program.body[0]!))).toEqual(['a']);
    const attached = parseTs('// b\nf();\n', true);
    expect(values(getLeadingComments(attached.program, '// b\nf();\n', attached.program.body[0]!))).toEqual(['b']);
  });

  it('takes Unicode whitespace between comments as babel does, and nothing else', () => {
    const text = '/* a */\u00a0\u2028/* b */\ufeff f();\n/* c */ ; g();';
    const attached = parseTs(text, true);
    for (const node of attached.program.body) expect(values(findLeadingComments(attached.comments!, text, node))).toEqual(values(node.leadingComments ?? []));
    expect(values(findLeadingComments(attached.comments!, text, attached.program.body[0]!))).toEqual(['a', 'b']);
  });
});
