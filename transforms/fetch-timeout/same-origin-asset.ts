/**
 * A request for a static text file of the page's own origin: a relative URL (`/config.json`,
 * `locales/en.json`), one written after the app's own base (`${import.meta.env.BASE_URL}/config.json`,
 * `process.env.PUBLIC_URL + '/manifest.json'`, `${location.origin}/x.json`), or a module-relative
 * `new URL('./data.json', import.meta.url)` — whose path ends in a file name of a kind the server
 * hands out as it is (`.json`, `.js`, `.css`, `.svg`, `.txt`, `.xml`, `.md`, `.yaml`, …). The
 * server that has just served the page serves that file: a hang there is a hang of the page's own
 * loading, not of a call to a service that may leave it waiting. Report-only findings there are
 * `medium` (issue 15: cinny's boot-time `config.json`, labelled doubtful: "only hangs if the server
 * that just served the page stalls").
 *
 * Only in a page's code (browser code that is no React Native module: elsewhere a relative URL has
 * no page origin), only a read (no init object, or one written here whose `method` is `GET` or
 * `HEAD`), and only a path written out after at most the app's own base (`/posts/${id}.json`,
 * `'/t/' + id + '.json'` are an endpoint's answers, not files).
 *
 * Not this shape: a path with no file name of such a kind (`/api/v1/token`, `pluginAssets/${name}`:
 * an endpoint or a name not known here), media and models (`.tflite`, `.mp4`: long downloads a
 * reader may want bounded), any URL with a scheme or a host (`https://…`, `//cdn…`,
 * `${serverUrl}/server.json`), and a URL held in anything but a `const` of this file.
 */
import type { CallExpression, Node, TemplateLiteral } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getMemberChain, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isGlobalReference } from '../../src/analysis/syntax/scope';

/** File kinds a web server hands out as they are: configuration, translations, scripts, styles. */
const STATIC_TEXT = /\.(?:json|js|mjs|css|svg|txt|xml|md|ya?ml|map|webmanifest|html?)$/i;
/** The app's own base URL, known to the bundler or the page. */
const OWN_BASES: ReadonlySet<string> = new Set(['import.meta.env.BASE_URL', 'process.env.PUBLIC_URL', 'location.origin', 'window.location.origin', 'self.location.origin', 'document.baseURI']);

/** The URL as written (`/config.json`, `${…BASE_URL}/config.json`) when it is such a file, else `null`. */
export function describeSameOriginAsset(path: NodePath<CallExpression>): string | null {
  const [argument, init] = path.node.arguments;
  if (!argument || argument.type === 'SpreadElement' || argument.type === 'ArgumentPlaceholder') return null;
  if (init && !isPlainGet(unwrapExpression(init as Node))) return null;
  return describeUrl(path, unwrapExpression(argument), 0);
}

/** An init object written here with no `method`, or `method: 'GET'`/`'HEAD'`: a read of the file, not a write to an endpoint. */
function isPlainGet(init: Node): boolean {
  if (init.type !== 'ObjectExpression') return false;
  return init.properties.every((property) => {
    if (property.type === 'SpreadElement') return false;
    const key = property.key.type === 'Identifier' && !property.computed ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
    if (key !== 'method') return key !== null;
    const value = property.type === 'ObjectProperty' ? unwrapExpression(property.value as Node) : null;
    return value?.type === 'StringLiteral' && /^(?:get|head)$/i.test(value.value);
  });
}

function describeUrl(path: NodePath, node: Node, depth: number): string | null {
  if (node.type === 'StringLiteral') return isRelative(node.value) && isStaticFile(node.value) ? node.value : null;
  if (node.type === 'TemplateLiteral') return describeTemplate(path, node);
  // Case: `'/locales/' + lang + '.json'`, `process.env.PUBLIC_URL + '/manifest.json'`
  if (node.type === 'BinaryExpression' && node.operator === '+') return describeConcatenation(path, node);
  // Case: `new URL('./data.json', import.meta.url)`, `new URL('/config.json', location.origin)`
  if (node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'URL' && isGlobalReference(path, 'URL')) {
    const [relative, base] = node.arguments;
    if (relative?.type !== 'StringLiteral' || !base || !isStaticFile(relative.value) || !isRelative(relative.value)) return null;
    const baseNode = unwrapExpression(base as Node);
    const moduleUrl = getChain(baseNode) === 'import.meta.url';
    return moduleUrl || isOwnBase(path, baseNode) ? `new URL('${relative.value}', …)` : null;
  }
  // Case: `const url = \`${trimTrailingSlash(import.meta.env.BASE_URL)}/config.json\`; fetch(url)`
  if (node.type === 'Identifier' && depth === 0) {
    const binding = findBinding(path, node.name);
    const declaration = binding?.kind === 'const' && binding.declaration.type === 'VariableDeclarator' && binding.declaration.id === binding.identifier ? binding.declaration : null;
    return declaration?.init ? describeUrl(path, unwrapExpression(declaration.init), depth + 1) : null;
  }
  return null;
}

function describeTemplate(path: NodePath, template: TemplateLiteral): string | null {
  const first = template.quasis[0]?.value.cooked ?? '';
  const last = template.quasis[template.quasis.length - 1]?.value.cooked ?? '';
  // The path is written out: only the app's own base may come before it (`${BASE_URL}/config.json`),
  // never a part picked at run time (`/posts/${id}.json`, `/u/${name}/summary.json`: an endpoint's)
  if (template.expressions.length > 1 || (template.expressions.length === 1 && first !== '')) return null;
  if (!isStaticFile(stripQuery(last))) return null;
  const text = `\`${template.quasis.map((quasi) => quasi.value.raw).join('${…}')}\``;
  if (first !== '') return isRelative(first) ? text : null;
  // Case: `${import.meta.env.BASE_URL}/config.json`: the app's own base first
  const head = template.expressions[0];
  return head && isOwnBase(path, unwrapExpression(head as Node)) ? text : null;
}

function describeConcatenation(path: NodePath, node: Node): string | null {
  const parts: Node[] = [];
  const flatten = (part: Node): void => {
    const inner = unwrapExpression(part);
    if (inner.type === 'BinaryExpression' && inner.operator === '+') {
      flatten(inner.left as Node);
      flatten(inner.right);
    } else parts.push(inner);
  };
  flatten(node);
  const head = parts[0]!;
  const tail = parts[parts.length - 1]!;
  if (tail.type !== 'StringLiteral' || !isStaticFile(stripQuery(tail.value))) return null;
  // A base and the written path, or literals only: not `'/t/' + id + '.json'`
  if (parts.slice(1).some((part) => part.type !== 'StringLiteral')) return null;
  const own = head.type === 'StringLiteral' ? isRelative(head.value) : isOwnBase(path, head);
  return own ? `… + '${tail.value}'` : null;
}

/** The app's own base (`import.meta.env.BASE_URL`), or one call of it (`trimTrailingSlash(BASE_URL)`). */
function isOwnBase(path: NodePath, node: Node): boolean {
  if (node.type === 'CallExpression' && node.arguments.length === 1 && node.arguments[0]!.type !== 'SpreadElement') return isOwnBase(path, unwrapExpression(node.arguments[0] as Node));
  const chain = getChain(node);
  if (!chain || !OWN_BASES.has(chain)) return false;
  // `location.origin` of the page's `location`, not a local one
  const root = chain.split('.')[0]!;
  return root === 'import' || isGlobalReference(path, root);
}

/** No scheme and no host: `/x`, `./x`, `x/y` (not `//cdn…`, `https:`, `data:`). */
function isRelative(url: string): boolean {
  return !url.startsWith('//') && !/^[a-z][a-z\d+.-]*:/i.test(url);
}

/** `a.b.c`, with `import.meta` as a root (getMemberChain reads plain names only). */
function getChain(node: Node): string | null {
  if (node.type === 'MetaProperty') return `${node.meta.name}.${node.property.name}`;
  if (node.type !== 'MemberExpression' || node.computed) return getMemberChain(node);
  const object = getChain(unwrapExpression(node.object));
  return object && node.property.type === 'Identifier' ? `${object}.${node.property.name}` : null;
}

function isStaticFile(url: string): boolean {
  return STATIC_TEXT.test(stripQuery(url));
}

function stripQuery(url: string): string {
  return url.replace(/[?#].*$/, '');
}
