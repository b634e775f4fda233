/**
 * A Cloudflare edge function's code: a Pages Function (a module that exports `onRequest` or
 * `onRequestGet`, `onRequestPost`, … — the names Cloudflare Pages calls — or names the type
 * `PagesFunction` / `EventContext`) or a Worker that names its `ExportedHandler` type. Its
 * requests are subrequests of the incoming request: the platform cancels them when that request
 * ends (the client disconnects) and ends a `waitUntil` 30 seconds after the response, so a hang
 * there does not outlive the request that made it. Report-only findings there are `medium`
 * (issue 15: notesnook's Pages middleware passing a beta request on, labelled not a leak).
 */
import type { Node, Program } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { getProgram } from '../../src/core/node-helpers';

/** The handlers Cloudflare Pages calls by their exported name. */
const PAGES_HANDLER = /^onRequest(?:Get|Post|Put|Patch|Delete|Head|Options)?$/;
const EDGE_TYPES: ReadonlySet<string> = new Set(['PagesFunction', 'EventContext', 'ExportedHandler']);

/** Why the file is an edge function's, for a message (`it exports \`onRequest\``), or `null`. */
export function describeEdgeFunction(path: NodePath): string | null {
  const program = getProgram(path);
  if (!program) return null;
  const cached = edgeFunctions.get(program);
  if (cached !== undefined) return cached;
  const found = findExportedHandler(program) ?? findEdgeType(program);
  edgeFunctions.set(program, found);
  return found;
}

const edgeFunctions = new WeakMap<Program, string | null>();

/** `export const onRequest = …`, `export async function onRequestPost(…)`, `export { handler as onRequest }`. */
function findExportedHandler(program: Program): string | null {
  for (const statement of program.body) {
    if (statement.type !== 'ExportNamedDeclaration') continue;
    const declaration = statement.declaration;
    const names: string[] = [];
    if (declaration?.type === 'FunctionDeclaration' && declaration.id) names.push(declaration.id.name);
    else if (declaration?.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier' && isFunctionValue(declarator.init)) names.push(declarator.id.name);
    } else if (!declaration && !statement.source) {
      for (const specifier of statement.specifiers) if (specifier.type === 'ExportSpecifier') names.push(specifier.exported.type === 'Identifier' ? specifier.exported.name : specifier.exported.value);
    }
    const handler = names.find((name) => PAGES_HANDLER.test(name));
    if (handler) return `it exports \`${handler}\``;
  }
  return null;
}

function isFunctionValue(node: Node | null | undefined): boolean {
  if (!node) return false;
  if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression') return isFunctionValue(node.expression);
  return node.type === 'ArrowFunctionExpression' || node.type === 'FunctionExpression';
}

/** `PagesFunction<Env>`, `EventContext<…>`, `satisfies ExportedHandler<Env>`, unless the file declares or imports that name. */
function findEdgeType(program: Program): string | null {
  const declared = new Set<string>();
  for (const raw of program.body) {
    const statement = raw.type === 'ExportNamedDeclaration' && raw.declaration ? raw.declaration : raw;
    if (statement.type === 'ImportDeclaration' && statement.source.value !== '@cloudflare/workers-types') statement.specifiers.forEach((specifier) => declared.add(specifier.local.name));
    else if ((statement.type === 'TSInterfaceDeclaration' || statement.type === 'TSTypeAliasDeclaration' || statement.type === 'ClassDeclaration') && statement.id) declared.add(statement.id.name);
  }
  let found: string | null = null;
  forEachNode(program, (node) => {
    if (found) return false;
    if (node.type === 'TSTypeReference' && node.typeName.type === 'Identifier' && EDGE_TYPES.has(node.typeName.name) && !declared.has(node.typeName.name)) found = `it names the type \`${node.typeName.name}\``;
    return undefined;
  });
  return found;
}
