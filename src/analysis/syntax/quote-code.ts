/**
 * Code quoted in a finding's message, in a short one-line form: `….on("error", …)` for the last
 * call of a multi-line chain, arguments that are not short names or literals elided as `…`,
 * templates, functions and JSX reduced to their outline. Every rule quotes source through
 * this, so every output format (pretty, SARIF, review comments, …) shows the same short text.
 */
import type { Node } from '@babel/types';

/** Longest quote before parts of it are elided. Names are never cut: a longer name stays whole. */
export const MAX_QUOTED_LENGTH = 60;

/** An argument is kept verbatim up to this length (a name, a literal, `this.handler`). */
const MAX_ARGUMENT_LENGTH = 30;

const ELLIPSIS = '…';

function textOf(node: Node, source: string): string {
  return source.slice(node.start ?? 0, node.end ?? 0);
}

function isShort(text: string, max: number): boolean {
  return !text.includes('\n') && text.length <= max;
}

/** The short one-line form of `node` as written in `source` (the file's text). */
export function quoteCode(node: Node, source: string, maxLength = MAX_QUOTED_LENGTH): string {
  const text = textOf(node, source);
  // Calls are always shortened: an inline handler says nothing a message needs.
  if (isShort(text, maxLength) && !isCall(node)) return text;
  return shorten(node, source, maxLength);
}

function isCall(node: Node): boolean {
  return node.type === 'CallExpression' || node.type === 'OptionalCallExpression' || node.type === 'NewExpression';
}

function shorten(node: Node, source: string, maxLength: number): string {
  switch (node.type) {
    // Case: `a\n  .b(…)\n  .c` — keep the object while it is one short line, else only the last member.
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      const dot = node.type === 'OptionalMemberExpression' && node.optional ? '?.' : '.';
      const member = node.computed ? `${dot === '?.' ? '?.' : ''}[${quoteArgument(node.property, source)}]` : `${dot}${textOf(node.property, source)}`;
      const object = textOf(node.object, source);
      const keep = isShort(object, maxLength) || (!object.includes('\n') && isNameChain(node.object));
      return keep ? `${quoteCode(node.object, source, maxLength)}${member}` : `${ELLIPSIS}${member}`;
    }
    // Case: `callee(arg, () => {…})` — the callee's short form, each argument short or `…`.
    case 'CallExpression':
    case 'OptionalCallExpression':
    case 'NewExpression': {
      const callee = node.callee.type === 'V8IntrinsicIdentifier' ? `%${node.callee.name}` : quoteCode(node.callee, source, maxLength);
      const optional = node.type === 'OptionalCallExpression' && node.optional ? '?.' : '';
      const prefix = node.type === 'NewExpression' ? 'new ' : '';
      const args = quoteArguments(node.arguments, source);
      const full = `${prefix}${callee}${optional}(${args})`;
      return full.length <= maxLength + MAX_ARGUMENT_LENGTH || node.arguments.length === 0 ? full : `${prefix}${callee}${optional}(${ELLIPSIS})`;
    }
    // Case: a long name — names are never cut.
    case 'Identifier':
      return node.name;
    // Case: a multi-line or long template literal.
    case 'TemplateLiteral':
      return `\`${ELLIPSIS}\``;
    case 'TaggedTemplateExpression':
      return `${quoteCode(node.tag, source, maxLength)}\`${ELLIPSIS}\``;
    // Case: JSX — the element's name only.
    case 'JSXElement': {
      const name = textOf(node.openingElement.name, source);
      return node.openingElement.selfClosing ? `<${name} ${ELLIPSIS} />` : `<${name} ${ELLIPSIS}>${ELLIPSIS}</${name}>`;
    }
    case 'JSXFragment':
      return `<>${ELLIPSIS}</>`;
    // Case: a function — its head only.
    case 'ArrowFunctionExpression':
      return `${node.async ? 'async ' : ''}(${ELLIPSIS}) => ${ELLIPSIS}`;
    case 'FunctionExpression':
      return `${node.async ? 'async ' : ''}function${node.generator ? '*' : ''}${node.id ? ` ${node.id.name}` : ''}(${ELLIPSIS}) {${ELLIPSIS}}`;
    case 'ObjectExpression':
      return `{ ${ELLIPSIS} }`;
    case 'ArrayExpression':
      return `[${ELLIPSIS}]`;
    case 'ParenthesizedExpression':
      return `(${quoteCode(node.expression, source, maxLength)})`;
    case 'AwaitExpression':
      return `await ${quoteCode(node.argument, source, maxLength)}`;
    default: {
      // Anything else: its first line, cut, with the cut marked.
      const firstLine = textOf(node, source).split(/\r?\n/, 1)[0]!.trimEnd();
      return `${firstLine.slice(0, maxLength)}${ELLIPSIS}`;
    }
  }
}

/** `a`, `this.b.c`, `a.#b`: names only, which a quote keeps however long. */
function isNameChain(node: Node): boolean {
  if (node.type === 'Identifier' || node.type === 'ThisExpression') return true;
  return (node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && !node.computed && isNameChain(node.object);
}

function quoteArgument(node: Node, source: string): string {
  const text = textOf(node, source);
  if (!isShort(text, MAX_ARGUMENT_LENGTH)) return ELLIPSIS;
  switch (node.type) {
    case 'Identifier':
    case 'ThisExpression':
    case 'StringLiteral':
    case 'NumericLiteral':
    case 'BooleanLiteral':
    case 'NullLiteral':
    case 'BigIntLiteral':
    case 'MemberExpression':
    case 'OptionalMemberExpression':
    case 'TemplateLiteral':
    case 'UnaryExpression':
      return text;
    default:
      return ELLIPSIS;
  }
}

/** `a, …` — short arguments kept, others `…`, a run of `…` written once. */
function quoteArguments(args: readonly Node[], source: string): string {
  const parts: string[] = [];
  for (const arg of args) {
    const part = arg.type === 'SpreadElement' ? (quoteArgument(arg.argument, source) === ELLIPSIS ? ELLIPSIS : `...${textOf(arg.argument, source)}`) : quoteArgument(arg, source);
    if (part === ELLIPSIS && parts[parts.length - 1] === ELLIPSIS) continue;
    parts.push(part);
  }
  return parts.join(', ');
}
