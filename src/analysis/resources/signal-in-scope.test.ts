import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { findSignalInScope } from './signal-in-scope';

/** The signal in scope at the first `work()` call of `code`, as `expression (maybe undefined)`. */
function signalAt(code: string, language: 'ts' | 'tsx' | 'js' = 'ts'): string | null {
  const snippet = parseSnippet(code, language);
  const found = findSignalInScope(snippet.call('work'));
  if (!found) return null;
  const narrowed = found.narrowed !== found.expression ? ` -> ${found.narrowed}` : '';
  return `${found.expression}${narrowed} ${found.mayBeUndefined ? 'maybe-undefined' : 'defined'} ${found.source}`;
}

describe('findSignalInScope: parameters', () => {
  it('finds a parameter typed AbortSignal, whatever its name', () => {
    expect(signalAt('function f(url: string, abort: AbortSignal) { work(); }')).toBe('abort defined parameter');
  });

  it('marks optional and nullable AbortSignal parameters', () => {
    expect(signalAt('function f(signal?: AbortSignal) { work(); }')).toBe('signal maybe-undefined parameter');
    expect(signalAt('function f(signal: AbortSignal | undefined) { work(); }')).toBe('signal maybe-undefined parameter');
    expect(signalAt('function f(signal: AbortSignal | null = null) { work(); }')).toBe('signal maybe-undefined parameter');
  });

  it('treats an untyped parameter named signal as possibly undefined', () => {
    expect(signalAt('function f(url, signal) { work(); }', 'js')).toBe('signal maybe-undefined parameter');
  });

  it('treats a parameter with a real default as defined', () => {
    expect(signalAt('function f(signal = new AbortController().signal) { work(); }', 'js')).toBe('signal defined parameter');
  });

  it('ignores a parameter named signal that is typed as something else', () => {
    expect(signalAt("function f(signal: NodeJS.Signals) { work(); }")).toBeNull();
  });

  it("ignores the process signal name of emitter callbacks (child.on('exit', (code, signal) => …))", () => {
    expect(signalAt("child.on('exit', (code, signal) => { work(); });", 'js')).toBeNull();
    // real-world: code-server's wrapper, `this.onDispose((signal, wait) => …)` hands "SIGTERM"
    expect(signalAt('this.onDispose((signal, wait) => { work(); });', 'js')).toBeNull();
    expect(signalAt('run((signal) => { work(); });', 'js')).not.toBeNull();
    expect(signalAt("process.once('SIGTERM', (signal) => { work(); });", 'js')).toBeNull();
  });

  it('ignores the process signal name of a named function the file hands to an emitter or an array iteration by its name', () => {
    // real-world: overleaf's real-time app.js, `function drainAndShutdown(signal) {…}` … `process.on(signal, drainAndShutdown)`
    expect(signalAt("function drain(signal) { work(); }\nfor (const s of ['SIGINT', 'SIGTERM']) process.on(s, drain);", 'js')).toBeNull();
    expect(signalAt("const stop = (signal) => { work(); };\nprocess.once('SIGTERM', stop);", 'js')).toBeNull();
    expect(signalAt("function stop(signal) { work(); }\n['SIGINT', 'SIGTERM'].forEach(stop);", 'js')).toBeNull();
    // handed to something else (a plain call), the parameter stays a signal of its caller
    expect(signalAt('function load(url, signal) { work(); }\nrun(load);', 'js')).toBe('signal maybe-undefined parameter');
    // another binding of the same name elsewhere is not this function
    expect(signalAt("function load(url, signal) { work(); }\nfunction g() { const load = () => {}; process.on('x', load); }", 'js')).toBe('signal maybe-undefined parameter');
  });

  it("ignores the item an array iteration callback gets (['SIGINT', 'SIGTERM'].forEach((signal) => …)), unless typed AbortSignal", () => {
    expect(signalAt("['SIGINT', 'SIGTERM'].forEach((signal) => { work(); });", 'js')).toBeNull();
    expect(signalAt('names.map((signal) => { work(); });', 'js')).toBeNull();
    expect(signalAt('signals.forEach((signal: AbortSignal) => { work(); });')).toBe('signal defined parameter');
    expect(signalAt('names.forEach(function (signal) { work(); });', 'js')).toBeNull();
    expect(signalAt('queue.push((signal) => { work(); });', 'js')).not.toBeNull();
  });

  it('sees the parameters of outer functions from closures', () => {
    expect(signalAt('async function f(signal: AbortSignal) { items.map(async (item) => work(item)); }')).toBe('signal defined parameter');
  });
});

describe('findSignalInScope: destructured options', () => {
  it('finds { signal } and renamed { signal: s }', () => {
    expect(signalAt('function f({ url, signal }) { work(); }', 'js')).toBe('signal maybe-undefined destructured-option');
    expect(signalAt('function f({ signal: abortSignal }: Options) { work(); }')).toBe('abortSignal maybe-undefined destructured-option');
  });

  it('uses an inline type to prove the signal is defined', () => {
    expect(signalAt('function f({ signal }: { signal: AbortSignal }) { work(); }')).toBe('signal defined destructured-option');
    expect(signalAt('function f({ signal }: { signal?: AbortSignal }) { work(); }')).toBe('signal maybe-undefined destructured-option');
  });

  it('finds a destructured key typed AbortSignal in an inline type', () => {
    expect(signalAt('function f({ cancel }: { cancel: AbortSignal }) { work(); }')).toBe('cancel defined destructured-option');
  });

  it('finds `const { signal } = options` of a parameter in the body', () => {
    expect(signalAt('function f(options) { const { signal } = options ?? {}; work(); }', 'js')).toBe('signal maybe-undefined destructured-option');
  });

  it('does not take `signal` out of any object (a child process result carries a signal name)', () => {
    expect(signalAt("function f() { const { status, signal } = spawnSync('ls'); work(); }", 'js')).toBeNull();
  });
});

describe('findSignalInScope: options.signal of a parameter', () => {
  it('finds options.signal when the inline type has a signal member', () => {
    expect(signalAt('function f(url: string, options: { signal?: AbortSignal }) { work(); }')).toBe('options.signal maybe-undefined option-property');
    expect(signalAt('function f(url: string, options?: { signal: AbortSignal }) { work(); }')).toBe(
      'options?.signal -> options.signal maybe-undefined option-property',
    );
    expect(signalAt('function f(options: { signal: AbortSignal }) { work(); }')).toBe('options.signal defined option-property');
  });

  it('finds init.signal of a RequestInit parameter', () => {
    expect(signalAt('function f(url: string, init?: RequestInit) { work(); }')).toBe('init?.signal -> init.signal maybe-undefined option-property');
  });

  it('finds options.signal when the body already reads it', () => {
    expect(signalAt('function f(url, opts) { if (opts.signal?.aborted) return; work(); }', 'js')).toBe(
      'opts?.signal -> opts.signal maybe-undefined option-property',
    );
    expect(signalAt('function f(url, opts = {}) { log(opts.signal); work(); }', 'js')).toBe('opts.signal maybe-undefined option-property');
  });

  it('does not take a `signal` the body calls for an AbortSignal (CodeMirror.signal(cm, event) fires an event)', () => {
    expect(signalAt('function f(Lib, view) { Lib.signal(view, "shown"); work(); }', 'js')).toBeNull();
    expect(signalAt('function f(Lib, view) { if (Lib.signal) Lib.signal(view, "shown"); work(); }', 'js')).toBeNull();
    // another parameter's read still counts
    expect(signalAt('function f(Lib, opts) { Lib.signal(opts, "shown"); if (opts.signal.aborted) return; work(); }', 'js')).toBe('opts?.signal -> opts.signal maybe-undefined option-property');
  });

  it('does not guess a signal on an options parameter nothing says has one', () => {
    expect(signalAt('function f(url: string, options: Options) { work(); }')).toBeNull();
    expect(signalAt('function f(url, options) { work(); }', 'js')).toBeNull();
  });
});

describe('findSignalInScope: local controllers and signals', () => {
  it('finds controller.signal of a local AbortController', () => {
    expect(signalAt('function f() { const controller = new AbortController(); work(); }')).toBe('controller.signal defined controller');
  });

  it('ignores a controller declared after the use, or reassignable', () => {
    expect(signalAt('function f() { work(); const controller = new AbortController(); }')).toBeNull();
    expect(signalAt('function f() { let controller = new AbortController(); work(); }')).toBeNull();
  });

  it('ignores module-level controllers (they live as long as the module)', () => {
    expect(signalAt('const controller = new AbortController();\nfunction f() { work(); }')).toBeNull();
  });

  it('finds local signals made from controllers and AbortSignal factories', () => {
    expect(signalAt('function f(c) { const controller = new AbortController(); const signal = controller.signal; work(); }', 'js')).toBe(
      'signal defined variable',
    );
    expect(signalAt('function f() { const signal = AbortSignal.timeout(5000); work(); }')).toBe('signal defined variable');
    expect(signalAt("function f() { const signal = 'SIGTERM'; work(); }")).toBeNull();
  });

  it('finds a local typed AbortSignal', () => {
    expect(signalAt('function f() { const s: AbortSignal = make(); work(); }')).toBe('s defined variable');
  });

  it('ignores a shadowed AbortController', () => {
    expect(signalAt('function f(AbortController) { const c = new AbortController(); work(); }', 'js')).toBeNull();
  });

  it('prefers the innermost scope, then an explicit signal over a controller', () => {
    expect(signalAt('function f(signal: AbortSignal) { const controller = new AbortController(); work(); }')).toBe('signal defined parameter');
    expect(signalAt('function f(signal: AbortSignal) { return () => { const controller = new AbortController(); work(); }; }')).toBe(
      'controller.signal defined controller',
    );
  });
});

describe('findSignalInScope: Fetch-API request handlers', () => {
  it('Next.js route handlers: export async function GET(request)', () => {
    expect(signalAt('export async function GET(request: Request) { work(); }')).toBe('request.signal defined request');
    expect(signalAt("import { NextRequest } from 'next/server';\nexport async function POST(req: NextRequest) { work(); }")).toBe(
      'req.signal defined request',
    );
    expect(signalAt('export const GET = async (req) => { work(); };', 'js')).toBe('req.signal defined request');
  });

  it('Remix / React Router loaders and actions', () => {
    expect(signalAt('export async function loader({ request, params }) { work(); }', 'js')).toBe('request.signal defined request');
    expect(signalAt('export const action = async ({ request }: ActionFunctionArgs) => { work(); };')).toBe('request.signal defined request');
    expect(signalAt('export async function loader(args: LoaderFunctionArgs) { work(); }')).toBe('args.request.signal defined request');
  });

  it('SvelteKit handlers and form actions', () => {
    expect(signalAt('export const GET: RequestHandler = async ({ request }) => { work(); };')).toBe('request.signal defined request');
    expect(signalAt('export async function POST(event: RequestEvent) { work(); }')).toBe('event.request.signal defined request');
    expect(signalAt('export const actions = { default: async ({ request }) => { work(); } };', 'js')).toBe('request.signal defined request');
  });

  it('Hono handlers', () => {
    expect(signalAt("import { Hono } from 'hono';\nconst app = new Hono();\napp.get('/', async (c) => { work(); });")).toBe(
      'c.req.raw.signal defined request',
    );
    expect(signalAt("import type { Context } from 'hono';\nexport async function handler(c: Context) { work(); }")).toBe(
      'c.req.raw.signal defined request',
    );
  });

  it('Workers: export default { fetch(request) }', () => {
    expect(signalAt('export default { async fetch(request, env, ctx) { work(); } };', 'js')).toBe('request.signal defined request');
    expect(signalAt('export default { fetch: async (req: Request, env: Env) => { work(); } } satisfies ExportedHandler<Env>;')).toBe(
      'req.signal defined request',
    );
  });

  it('a parameter typed with the global Request', () => {
    expect(signalAt('async function proxy(request: Request) { work(); }')).toBe('request.signal defined request');
  });

  it('does not invent a signal in Express / Koa / Fastify handlers', () => {
    expect(signalAt("app.get('/', async (req, res) => { work(); });", 'js')).toBeNull();
    expect(signalAt("import { Request, Response } from 'express';\nexport async function GET(req: Request, res: Response) { work(); }")).toBeNull();
    expect(signalAt('router.get(\'/\', async (ctx) => { work(); });', 'js')).toBeNull();
  });

  it('does not read a request handler out of a non-exported function of the same name', () => {
    expect(signalAt('async function GET(request) { work(); }', 'js')).toBeNull();
  });
});

describe('findSignalInScope: nothing in scope', () => {
  it('returns null at module level and in plain functions', () => {
    expect(signalAt('work();')).toBeNull();
    expect(signalAt('function f(url: string) { work(); }')).toBeNull();
  });

  it('returns null when an inner binding shadows the signal', () => {
    expect(signalAt('function f(signal: AbortSignal) { { const signal = 1; work(); } }')).toBeNull();
  });
});
