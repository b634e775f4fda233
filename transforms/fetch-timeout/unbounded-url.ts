/**
 * A fetch URL whose response has no size the code can know, so that reading it whole as text
 * (`res.text()`) is a download like `res.blob()` (response-usage.ts): a URL the caller passes
 * in (a parameter of any function around the request, destructured or not: insomnia's "Import
 * URL" prompt hands the person's URL to `onComplete(uri)`), what a person typed (`input.value`,
 * `prompt(…)`, the `useState` state a controlled field edits), or a script, bundle or worker
 * (a path ending in `.js`, `.mjs`, `.cjs` or `.wasm`, `new URL('./worker.js', import.meta.url)`,
 * a bundler's `?url` / `?worker` import of one:
 * alist's subtitle plugin fetches its worker script and `.text()`s it). A `const` holding one
 * of these is followed once.
 *
 * `res.json()` is not counted: a JSON body is an API's answer, which a deadline is for, and a
 * parameter URL read as JSON is most often a project's API helper (`getJson(url)`).
 */
import type { CallExpression, Node } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { getCalleeName, getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { getModuleReference } from '../../src/analysis/syntax/module-reference';
import { findBinding, isGlobalReference, type Binding } from '../../src/analysis/syntax/scope';

const SCRIPT_PATH = /\.(?:[mc]?js|wasm)$/i;
/** A bundler import that yields a URL (Vite's `?url`, `?worker&url`). */
const URL_IMPORT = /[?&](?:url|worker|worker_file)(?:&|$)/;

const PERSON_TYPED = 'what a person typed';

/** `what a person typed (…)`: the request's URL is one a person typed (`input.value`, `prompt(…)`), or `null`. */
export function describePersonTypedUrl(path: NodePath<CallExpression>): string | null {
  const reason = describeUnboundedUrl(path);
  return reason?.startsWith(PERSON_TYPED) ? reason : null;
}

/** Why the request's URL has no size the code can know, for a message ("a URL the caller passes in (`uri`)"), or `null`. */
export function describeUnboundedUrl(path: NodePath<CallExpression>): string | null {
  const url = path.node.arguments[0];
  if (!url || url.type === 'SpreadElement' || url.type === 'ArgumentPlaceholder') return null;
  const node = unwrapExpression(url);
  return describeUrl(path, node, 0);
}

function describeUrl(path: NodePath, node: Node, depth: number): string | null {
  const literal = getLiteralText(node);
  if (literal !== null) return isScriptPath(literal) ? `a script (\`${literal}\`)` : null;
  // Case: `new URL('./worker.js', import.meta.url)`
  if (node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'URL' && isGlobalReference(path, 'URL')) {
    const first = node.arguments[0];
    const text = first ? getLiteralText(first) : null;
    return text !== null && isScriptPath(text) ? `a script (\`${text}\`)` : null;
  }
  if (node.type === 'Identifier') {
    const binding = findBinding(path, node.name);
    if (!binding) return null;
    if (binding.kind === 'param') return `a URL the caller passes in (\`${node.name}\`)`;
    const reference = getModuleReference(binding);
    if (reference) return reference.via === 'import' && URL_IMPORT.test(reference.source) && isScriptPath(reference.source) ? `a script the bundler serves (\`${reference.source}\`)` : null;
    // Case: `const [url, setUrl] = useState('')` shown in `<input value={url} …>`: what a person typed
    if (isInputState(binding)) return `${PERSON_TYPED} (\`${node.name}\`, the value of a field)`;
    // Case: `const url = input.value`: what the variable holds
    const declaration = binding.declaration;
    if (binding.kind === 'const' && depth === 0 && declaration.type === 'VariableDeclarator' && declaration.id === binding.identifier && declaration.init) {
      return describeUrl(path, unwrapExpression(declaration.init), depth + 1);
    }
    return null;
  }
  // Case: `urlInput.value`, `inputRef.current.value`: what a person typed
  if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && getPropertyName(node) === 'value') {
    return `${PERSON_TYPED} (\`${getMemberChain(node) ?? '….value'}\`)`;
  }
  // Case: `prompt('URL?')`
  if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'prompt' && isGlobalReference(path, 'prompt')) return `${PERSON_TYPED} (\`prompt(…)\`)`;
  return null;
}

/**
 * `const [url, setUrl] = useState('')` (React's state) that the same component renders as a
 * controlled field: an element (`<input>`, a library's `<TextInput>`) with `value={url}` and a
 * change handler that names `setUrl` (`onChange={(e) => setUrl(e.target.value)}`,
 * `onChangeText={setUrl}`). The state holds what a person types there.
 */
function isInputState(binding: Binding): boolean {
  const declaration = binding.declaration;
  if (binding.kind !== 'const' || declaration.type !== 'VariableDeclarator' || declaration.id.type !== 'ArrayPattern' || declaration.id.elements[0] !== binding.identifier || !declaration.init) return false;
  const setter = declaration.id.elements[1];
  if (setter?.type !== 'Identifier') return false;
  const init = unwrapExpression(declaration.init);
  if (init.type !== 'CallExpression') return false;
  const callee = unwrapExpression(init.callee as Node);
  const hook = getCalleeName(callee);
  if (hook !== 'useState') return false;
  const names = (node: Node, name: string): boolean => {
    let found = false;
    forEachNode(node, (child) => {
      if (found) return false;
      if (child.type === 'Identifier' && child.name === name) found = true;
      return undefined;
    });
    return found;
  };
  let shown = false;
  forEachNode(binding.scope, (node) => {
    if (shown) return false;
    if (node.type !== 'JSXOpeningElement') return undefined;
    const attribute = (name: RegExp) =>
      node.attributes.find((item) => item.type === 'JSXAttribute' && item.name.type === 'JSXIdentifier' && name.test(item.name.name) && item.value?.type === 'JSXExpressionContainer');
    const value = attribute(/^value$/);
    const change = attribute(/^on(?:Change|Input|ChangeText|ValueChange)$/);
    const valueExpression = value?.type === 'JSXAttribute' && value.value?.type === 'JSXExpressionContainer' ? value.value.expression : null;
    const changeExpression = change?.type === 'JSXAttribute' && change.value?.type === 'JSXExpressionContainer' ? change.value.expression : null;
    shown = valueExpression?.type === 'Identifier' && valueExpression.name === binding.identifier.name && !!changeExpression && changeExpression.type !== 'JSXEmptyExpression' && names(changeExpression, setter.name);
    return undefined;
  });
  return shown;
}

/** A string literal, or a template literal without expressions. */
function getLiteralText(node: Node): string | null {
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

/** `./worker.js`, `/static/app.mjs?v=3`, `x.wasm?url`: the path before any query or fragment. */
function isScriptPath(url: string): boolean {
  return SCRIPT_PATH.test(url.replace(/[?#].*$/s, ''));
}
