/**
 * Generated lines kept within the project's print width where unleak does not run the formatter:
 * a line of generated code that is one call statement (`window.removeEventListener('resize',
 * onResize);`, `onBeforeUnmount(() => clearInterval(id));`) and too long is broken the way
 * the fixes break the calls they write (call-layout.ts, the layout prettier gives a call):
 *
 * - a call whose last argument is an expression-bodied arrow around a call (a teardown hook's
 *   callback) gets a block body, the statement on its own line one unit deeper (as the
 *   `.catch` handler is laid out) — that statement is fitted in turn;
 * - else a hugged last object argument, else one argument per line;
 * - a `for (const x of xs) release(x);` loop gets a block body (its statement fitted in turn).
 *
 * Only for generated text: a release callback's return value is never read, so
 * `() => off()` and `() => { off(); }` do the same. Lines that are not one call, already fit,
 * or contain strings that could hide a `\n` are left as they are. `firstColumn` is the column
 * the first line of `text` starts at (text inserted after existing indentation); the other
 * lines start at column 0 and carry their own indentation.
 */
import { parseExpression } from '@babel/parser';
import type { CallExpression, Node, OptionalCallExpression } from '@babel/types';
import type { CodeStyle } from '../../core/code-style';
import { layoutBlockArgument, layoutCall, visualLength } from './call-layout';

export type FitStyle = Pick<CodeStyle, 'indentUnit' | 'trailingComma' | 'printWidth' | 'semicolons'>;

export function fitGeneratedLines(text: string, style: FitStyle, firstColumn = 0): string {
  if (style.printWidth === Infinity) return text;
  return text
    .split('\n')
    .map((line, index) => {
      const lead = index === 0 ? ' '.repeat(firstColumn) : '';
      return fitLine(lead + line, style).slice(lead.length);
    })
    .join('\n');
}

function isCall(node: Node): node is CallExpression | OptionalCallExpression {
  return node.type === 'CallExpression' || node.type === 'OptionalCallExpression';
}

/** One line (with its indentation), broken when it is a too-long call statement. */
function fitLine(line: string, style: FitStyle): string {
  if (visualLength(line) <= style.printWidth) return line;
  const indent = /^[ \t]*/.exec(line)![0];
  const statement = line.slice(indent.length);
  const terminator = statement.endsWith(';') ? ';' : '';
  const code = statement.slice(0, statement.length - terminator.length);
  if (code === '' || /`/.test(code)) return line;
  // Case: `for (const off of this.offs.splice(0)) off();` too long: a block body, as prettier would
  // otherwise put the body on the next line without braces (which `curly: multi-line` rejects)
  const loop = /^(for \((?:const|let) [\w$]+ of [^()]*(?:\([^()]*\))?[^()]*\)) (?!\{)(.+)$/.exec(statement);
  if (loop) return `${indent}${loop[1]} {\n${fitLine(`${indent}${style.indentUnit}${loop[2]}`, style)}\n${indent}}`;
  let call: Node;
  try {
    call = parseExpression(code, { plugins: ['typescript'] });
  } catch {
    return line;
  }
  if (!isCall(call) || call.start !== 0 || call.end !== code.length || call.arguments.length === 0) return line;
  const open = code.indexOf('(', (call.typeParameters ?? call.callee).end!);
  if (open < 0) return line;
  const callee = code.slice(0, open);
  const args = call.arguments.map((argument) => code.slice(argument.start!, argument.end!));
  const last = call.arguments[call.arguments.length - 1]!;
  // Case: `onBeforeUnmount(() => window.removeEventListener('resize', onResize));`
  if (last.type === 'ArrowFunctionExpression' && last.body.type !== 'BlockStatement' && isCall(last.body) && !last.async) {
    const arrowHead = code.slice(last.start!, last.body.start!).trimEnd();
    const head = `${callee}(${[...args.slice(0, -1), arrowHead].join(', ')}`;
    if (!head.includes('\n') && visualLength(indent) + visualLength(head) + 2 <= style.printWidth) {
      const inner = `${code.slice(last.body.start!, last.body.end!)}${style.semicolons ? ';' : ''}`;
      const block = layoutBlockArgument(head, inner, indent, style);
      const [first, body, ...rest] = block.split('\n');
      return [indent + first, fitLine(body!, style), ...rest].join('\n') + `)${terminator}`;
    }
  }
  const laidOut = layoutCall(callee, args, indent, style, terminator.length);
  return indent + laidOut.replace(/\n/g, `\n${indent}`) + terminator;
}
