/**
 * A request for the `src` of an element already on the page: `fetch(image.src)` where `image`
 * is `document.querySelector(…)` / `document.getElementById(…)`, or a variable typed
 * `HTMLImageElement`, `HTMLVideoElement`, `HTMLAudioElement` or `HTMLSourceElement`. The page
 * has loaded that resource already (koodo-reader's image viewer saves the picture it shows,
 * a `blob:` URL from the book): the request reads what the browser holds, most often memory or
 * its cache, not a new call a server may leave hanging. Report-only findings there are `medium`
 * (issue 15: labelled not a leak). A `src` of anything else (`config.src`, a parameter) is an
 * ordinary URL.
 */
import type { CallExpression, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { findBinding, isGlobalReference } from '../../src/analysis/syntax/scope';
import { isReassigned } from '../../src/analysis/syntax/binding-writes';

const SOURCE_PROPERTIES: ReadonlySet<string> = new Set(['src', 'currentSrc']);
const ELEMENT_LOOKUPS: ReadonlySet<string> = new Set(['querySelector', 'getElementById']);
const MEDIA_TYPES: ReadonlySet<string> = new Set(['HTMLImageElement', 'HTMLVideoElement', 'HTMLAudioElement', 'HTMLSourceElement', 'HTMLMediaElement']);

/** `image.src` when the request's URL is the `src` of an element on the page, else `null`. */
export function describePageElementUrl(path: NodePath<CallExpression>): string | null {
  const argument = path.node.arguments[0];
  if (!argument || argument.type === 'SpreadElement' || argument.type === 'ArgumentPlaceholder') return null;
  const url = unwrapExpression(argument);
  if ((url.type !== 'MemberExpression' && url.type !== 'OptionalMemberExpression') || url.computed || !SOURCE_PROPERTIES.has(getPropertyName(url) ?? '')) return null;
  const element = unwrapExpression(url.object);
  if (!isPageElement(path, element)) return null;
  const property = getPropertyName(url)!;
  if (element.type === 'Identifier') return `${element.name}.${property}`;
  const lookup = element.type === 'CallExpression' ? unwrapExpression(element.callee as Node) : null;
  return lookup?.type === 'MemberExpression' ? `document.${getPropertyName(lookup)}(…).${property}` : property;
}

function isPageElement(path: NodePath, node: Node): boolean {
  // Case: `document.querySelector('.image').src`
  if (node.type === 'CallExpression') return isElementLookup(path, node);
  if (node.type !== 'Identifier') return false;
  const binding = findBinding(path, node.name);
  if (!binding) return false;
  // Case: `(image: HTMLImageElement) => fetch(image.src)`
  if (isMediaType((binding.identifier as { typeAnnotation?: Node | null }).typeAnnotation)) return true;
  // Case: `let image: any = document.querySelector('.image')`, never assigned again
  const declaration = binding.declaration;
  if ((binding.kind !== 'const' && binding.kind !== 'let') || declaration.type !== 'VariableDeclarator' || declaration.id !== binding.identifier || !declaration.init) return false;
  if (binding.kind === 'let' && isReassigned(binding, path)) return false;
  const init = unwrapExpression(declaration.init);
  return init.type === 'CallExpression' && isElementLookup(path, init);
}

/** `document.querySelector(…)`, `document.getElementById(…)` of the global `document`. */
function isElementLookup(path: NodePath, call: CallExpression): boolean {
  const callee = unwrapExpression(call.callee as Node);
  if (callee.type !== 'MemberExpression' || !ELEMENT_LOOKUPS.has(getPropertyName(callee) ?? '')) return false;
  return callee.object.type === 'Identifier' && callee.object.name === 'document' && isGlobalReference(path, 'document');
}

function isMediaType(annotation: Node | null | undefined): boolean {
  const type = annotation?.type === 'TSTypeAnnotation' ? annotation.typeAnnotation : null;
  return type?.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && MEDIA_TYPES.has(type.typeName.name);
}
