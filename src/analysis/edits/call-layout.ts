/**
 * A call that a fix writes as a new statement (`signal.addEventListener('abort', () => …,
 * { once: true })`), laid out the way prettier lays out a call that does not fit the print
 * width (`CodeStyle.printWidth`, from the project's formatter config or `.editorconfig`):
 *
 * 1. on one line when the line fits;
 * 2. else, when the last argument is a small object literal (`{ once: true }`), the other
 *    arguments stay on the call's line and the object is broken, one property per line
 *    ("last-argument hugging");
 * 3. else one argument per line, one indentation unit deeper, with the file's trailing-comma
 *    habit.
 *
 * `indent` is the indentation of the line the call starts (the statement's); lines after the
 * first are relative to it, as statement-edits.ts indents them. Without a print width
 * (`Infinity`) the call stays on one line.
 */
import type { CodeStyle } from '../../core/code-style';

export type CallLayout = Pick<CodeStyle, 'indentUnit' | 'trailingComma' | 'printWidth'> & Partial<Pick<CodeStyle, 'callTrailingComma'>>;

/** Characters, with each tab counted as 4 columns (as add-object-property.ts counts them). */
export function visualLength(text: string): number {
  return text.length + 3 * (text.length - text.replace(/\t/g, '').length);
}

/** `{ a: 1, b }` -> `['a: 1', 'b']` when it is a flat object literal on one line; else `null`. */
function flatObjectEntries(argument: string): string[] | null {
  const match = /^\{ (.+) \}$/.exec(argument);
  if (!match || /[{}()[\]'"`\n]/.test(match[1]!)) return null;
  return match[1]!.split(', ');
}

/** `reserve`: columns that follow the call on its last line (1 for the `;` the statement gets). */
export function layoutCall(callee: string, args: readonly string[], indent: string, layout: CallLayout, reserve = 0): string {
  const oneLine = `${callee}(${args.join(', ')})`;
  const fits = oneLine.includes('\n') ? visualLength(oneLine.split('\n')[0]!) : visualLength(oneLine) + reserve;
  if (visualLength(indent) + fits <= layout.printWidth) return oneLine;
  const unit = layout.indentUnit;
  const comma = layout.trailingComma ? ',' : '';
  // Case: `f(a, b, {\n  once: true,\n})`
  const last = args[args.length - 1];
  const entries = last !== undefined ? flatObjectEntries(last) : null;
  if (entries) {
    const head = `${callee}(${[...args.slice(0, -1), '{'].join(', ')}`;
    if (!head.includes('\n') && visualLength(indent) + visualLength(head) <= layout.printWidth) {
      return `${head}\n${entries.map((entry) => unit + entry).join(',\n')}${comma}\n})`;
    }
  }
  // Case: `f(\n  a,\n  b,\n)` (no comma after the last argument under prettier's `es5`)
  const lines = args.map((argument) => unit + argument.replace(/\n/g, `\n${unit}`));
  return `${callee}(\n${lines.join(',\n')}${(layout.callTrailingComma ?? layout.trailingComma) ? ',' : ''}\n)`;
}

/**
 * A function with a one-statement block body written as a call's last argument
 * (`.catch((error) => { if (…) report(error); })`): on one line without a print width; with one,
 * broken as prettier always breaks a non-empty block — the statement one unit deeper than
 * `indent` (the indentation of the line the argument starts on, absolute here: the text is
 * inserted inside an existing line) and the `}` back at `indent`.
 */
export function layoutBlockArgument(head: string, statement: string, indent: string, layout: CallLayout): string {
  if (layout.printWidth === Infinity) return `${head} { ${statement} }`;
  return `${head} {\n${indent}${layout.indentUnit}${statement}\n${indent}}`;
}

/** The head of a generated one-parameter arrow: `(error) =>`, or `error =>` where the project's formatter avoids the parentheses. */
export function formatArrowHead(parameter: string, style: Pick<CodeStyle, 'arrowParens'>): string {
  return style.arrowParens === 'avoid' ? `${parameter} =>` : `(${parameter}) =>`;
}
