/**
 * Passes the signal at a call site of a function that now takes one: the signal in scope there
 * (a parameter, `options.signal`, `controller.signal`, a Fetch-API request's signal, see
 * src/analysis/resources/signal-in-scope.ts); in an Express / Koa / Fastify handler, one local
 * `AbortController` aborted when the response closes (added once per handler); in a React
 * effect, one `AbortController` the effect's cleanup aborts (added once per effect). A call site
 * with no signal keeps working (the parameter is optional) and is listed in the finding.
 */
import type { CallExpression, Function as FunctionNode, NewExpression, Node } from '@babel/types';
import type { EditContext } from '../edits/statement-edits';
import { buildEffectController } from '../lifecycle/effect-controller';
import { addListEntry, addObjectProperty } from '../edits/add-object-property';
import { getPropertyName, unwrapExpression } from '../syntax/expressions';
import { findBinding, isFunctionNode } from '../syntax/scope';
import { findSignalInScope } from './signal-in-scope';
import type { CallSite, ProjectFile } from '../../core/rule';
import type { NodePath } from '../../core/traverse';
import type { TextEdit } from '../../core/finding';
import { parenthesizedList, type SignalParameter } from '../edits/signal-parameter';

const ROUTE_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'use', 'options', 'head']);

export interface NodeRequestHandler {
  fn: NodePath<FunctionNode>;
  /** The object whose `close` event ends the request: `res`, `reply.raw`, `ctx.res`. */
  closeTarget: string;
}

/** The Express / Koa / Fastify route handler `path` runs in, or `null`. */
export function findNodeRequestHandler(path: NodePath): NodeRequestHandler | null {
  for (let current = path.findParent((p) => isFunctionNode(p.node)); current; current = current.findParent((p) => isFunctionNode(p.node))) {
    const fn = current as NodePath<FunctionNode>;
    const call = fn.parent;
    if (call?.type !== 'CallExpression' || fn.key !== 'arguments') continue;
    const callee = unwrapExpression(call.callee);
    if (callee.type !== 'MemberExpression' || !ROUTE_METHODS.has(getPropertyName(callee) ?? '')) continue;
    const names = fn.node.params.map((param) => (param.type === 'Identifier' ? param.name : null));
    if (fn.node.body.type !== 'BlockStatement') return null;
    // Case: Koa `router.get('/x', async (ctx) => …)`
    if (names[0] && /^(?:ctx|context)$/.test(names[0]) && names.length <= 2) return { fn, closeTarget: `${names[0]}.res` };
    // Case: Fastify `fastify.get('/x', async (request, reply) => …)`
    if (names[1] === 'reply') return { fn, closeTarget: `${names[1]}.raw` };
    // Case: Express `app.get('/x', (req, res) => …)`
    if (names[0] && names[1] && /^(?:res|response|resp)$/.test(names[1])) return { fn, closeTarget: names[1] };
    return null;
  }
  return null;
}

export interface CallSiteResult {
  edits: TextEdit[];
  /** Statements added to a request handler or an effect (shared by the call sites of one owner). */
  handler?: { key: number; edits: TextEdit[] };
  /** The signal passed is `AbortSignal.any([…])` of a signal in scope and the request's (Node 20.3+). */
  abortSignalAny?: true;
  /** The owner's AbortController is not certain to be aborted exactly when the work should end (a suggestion). */
  uncertain?: string;
}

/**
 * Case: `useEffect(() => { pollStatus(id); }, [id])`: the effect's own `AbortController`
 * (src/analysis/lifecycle/effect-controller.ts); a call in a nested callback of the effect is a
 * suggestion.
 */
function effectController(site: CallSite): { expression: string; handler: NonNullable<CallSiteResult['handler']>; uncertain?: string } | null {
  const file = site.file;
  const ctx: EditContext = { filename: file.file, source: file.source, style: file.style, language: file.language, ast: file.ast, sfc: null };
  const controller = buildEffectController(site.call, ctx);
  if (!controller) return null;
  return {
    expression: controller.signal,
    handler: { key: controller.key, edits: controller.edits },
    ...(controller.certain ? {} : { uncertain: `the call at ${file.file}:${file.source.positionAt(site.call.node.start!).line} runs in a callback of its effect, not once per effect run: review when the effect's cleanup aborts it.` }),
  };
}

/** The edits that pass the signal at `site`, or `null` when no signal is in scope there. */
export function passSignal(site: CallSite, parameter: SignalParameter, threaded: { file: string; fn: NodePath; expression: string }): CallSiteResult | null {
  const { file, call } = site;
  let expression: string | null = null;
  let handlerEdits: CallSiteResult['handler'];
  // Case: a recursive call inside the function that now has the signal.
  if (site.file.file === threaded.file && call.findParent((p) => p.node === threaded.fn.node)) expression = threaded.expression;
  const inScope = expression === null ? findSignalInScope(call) : null;
  const handler = expression === null ? findNodeRequestHandler(call) : null;
  let combined = false;
  if (inScope && !(handler && isDeclaredOutside(inScope.binding, handler.fn.node))) expression = inScope.expression;
  else if (handler) {
    const request = requestController(file, handler);
    handlerEdits = request.handler;
    expression = `${request.name}.signal`;
    // Case: `app.get('/x', (req, res) => startTicker(res, signal))` inside `mountRoutes(app, signal)`:
    // the work ends with the server's signal or with the request, whichever comes first.
    if (inScope) {
      combined = true;
      expression = inScope.mayBeUndefined
        ? `${inScope.expression} ? AbortSignal.any([${inScope.narrowed}, ${expression}]) : ${expression}`
        : `AbortSignal.any([${inScope.expression}, ${expression}])`;
    }
  }
  let uncertain: string | undefined;
  if (expression === null) {
    const effect = effectController(site);
    if (effect) {
      expression = effect.expression;
      handlerEdits = effect.handler;
      uncertain = effect.uncertain;
    }
  }
  if (expression === null) return null;
  const edits = argumentEdits(file, call.node, parameter, expression);
  if (!edits) return null;
  return { edits, ...(handlerEdits ? { handler: handlerEdits } : {}), ...(uncertain ? { uncertain } : {}), ...(combined ? { abortSignalAny: true } : {}) };
}

/** Whether the binding `identifier` declares is declared outside `fn` (a signal the handler did not make). */
function isDeclaredOutside(identifier: Node, fn: Node): boolean {
  return identifier.start! < fn.start! || identifier.end! > fn.end!;
}

/** The handler's `AbortController`, aborted when the response closes (its statements added once per handler). */
function requestController(file: ProjectFile, handler: NodeRequestHandler): { name: string; handler: NonNullable<CallSiteResult['handler']> } {
  const body = handler.fn.node.body as import('@babel/types').BlockStatement;
  const name = findFreeName(handler.fn, 'controller');
  const semi = file.style.semicolons ? ';' : '';
  const q = file.style.quote;
  const at = body.start! + 1;
  const first = body.body[0];
  const lineIndent = first ? file.source.indentAt(first.start!) : `${file.source.indentAt(handler.fn.node.start!)}${file.style.indentUnit}`;
  const text = `\n${lineIndent}const ${name} = new AbortController()${semi}\n${lineIndent}${handler.closeTarget}.on(${q}close${q}, () => ${name}.abort())${semi}`;
  return { name, handler: { key: at, edits: [{ start: at, end: at, text }] } };
}

function argumentEdits(file: ProjectFile, call: CallExpression | NewExpression, parameter: SignalParameter, expression: string): TextEdit[] | null {
  const args = call.arguments;
  if (args.some((argument) => argument.type === 'SpreadElement')) return null;
  const index = parameter.position.index;
  const property = expression === 'signal' ? 'signal' : `signal: ${expression}`;
  if (parameter.position.kind === 'option' && args[index]) {
    const existing = args[index]!;
    if (existing.type !== 'ObjectExpression' || existing.properties.some((p) => p.type === 'SpreadElement')) return null;
    return addObjectProperty(file.source, existing, property, { layout: file.style });
  }
  if (args.length > index) return null;
  const value = parameter.position.kind === 'option' ? `{ ${property} }` : expression;
  const fill = Array.from({ length: index - args.length }, () => 'undefined');
  // Case: arguments written one a line: the new ones go on lines of their own (addListEntry)
  const list = args.length > 0 ? parenthesizedList(file.source.text, findCallOpen(file, call), args) : null;
  if (list) return addListEntry(file.source, list, [...fill, value]);
  const after = args.length > 0 ? args[args.length - 1]!.end! : findCallOpen(file, call) + 1;
  const prefix = args.length > 0 ? ', ' : '';
  return [{ start: after, end: after, text: `${prefix}${[...fill, value].join(', ')}` }];
}

function findCallOpen(file: ProjectFile, call: CallExpression | NewExpression): number {
  const from = (call as { typeArguments?: Node | null; typeParameters?: Node | null }).typeParameters?.end ?? call.callee.end!;
  return file.source.text.indexOf('(', from);
}

function findFreeName(fn: NodePath<FunctionNode>, preferred: string): string {
  const body = fn.child(fn.node.body, 'body');
  for (let n = 1; ; n++) {
    const name = n === 1 ? preferred : `${preferred}${n}`;
    if (!findBinding(body, name)) return name;
  }
}
