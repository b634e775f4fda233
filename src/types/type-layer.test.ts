import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { makeProject } from '../../test/helpers/temp';
import { createTypeLayer } from './type-layer';

const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, noEmit: true, lib: ['ES2023', 'DOM'], types: [], module: 'preserve', moduleResolution: 'bundler' }, include: ['src'] });

const LIB = `export class Store {
  save(): Promise<void> { return Promise.resolve(); }
  maybe(flag: boolean): Promise<void> | undefined { return flag ? this.save() : undefined; }
  size(): number { return 1; }
}
export interface Thenable { then(ok: () => void): void }
export const thenable: Thenable = { then(ok) { ok(); } };
export function run(step: number): Promise<number> { return Promise.resolve(step); }
`;

const MAIN = `import { Store, thenable, run } from './lib';
import { unknownThing } from 'not-installed';
const store = new Store();
store.save();
store.maybe(true);
store.size();
thenable.then(() => {});
unknownThing();
run(1);
export const handler = (event: MouseEvent) => event.button;
window.addEventListener('click', (e) => console.log(e.clientX)); // contextual: the DOM lib's click is a PointerEvent
export const maybeStore = undefined as Store | undefined;
maybeStore?.save().then(() => {});
`;

const code = (node: { start?: number | null; end?: number | null }): string => MAIN.slice(node.start ?? 0, node.end ?? 0);

function setUp() {
  const dir = makeProject({ 'tsconfig.json': TSCONFIG, 'src/lib.ts': LIB, 'src/main.ts': MAIN, 'src/other.ts': "import { run } from './lib';\nvoid run(2);\n" });
  const layer = createTypeLayer({ stopAt: dir, cwd: dir });
  const main = path.join(dir, 'src/main.ts');
  return { dir, layer, main, snippet: parseSnippet(MAIN), types: layer.forFile(main).forText(MAIN) };
}

describe('type layer', () => {
  it('classifies promises, thenables, unions and non-promises; unresolved types are unknown', () => {
    const { snippet, types, layer } = setUp();
    expect(types.promiseLike(snippet.call('store.save').node)).toBe('promise');
    expect(types.promiseLike(snippet.call('store.maybe').node)).toBe('maybe');
    expect(types.promiseLike(snippet.call('store.size').node)).toBe('none');
    expect(types.promiseLike(snippet.call('thenable.then').node)).toBe('none');
    expect(types.promiseLike(snippet.identifier('thenable', 1).node)).toBe('thenable');
    expect(types.isPromiseLike(snippet.identifier('thenable', 1).node)).toBe(true);
    expect(types.promiseLike(snippet.call('unknownThing').node)).toBeNull();
    // Case: a thenable without `catch` (unconsumed-promise then writes `.then(undefined, handler)`)
    expect(types.hasMethod(snippet.call('store.save').node, 'catch')).toBe(true);
    expect(types.hasMethod(snippet.identifier('thenable', 1).node, 'catch')).toBe(false);
    expect(types.hasMethod(snippet.identifier('thenable', 1).node, 'then')).toBe(true);
    expect(types.hasMethod(snippet.identifier('thenable', 1).node, 'then', 2)).toBe(false);
    expect(types.hasMethod(snippet.call('store.save').node, 'then', 2)).toBe(true);
    expect(types.hasMethod(snippet.call('store.maybe').node, 'catch')).toBe(false);
    expect(types.hasMethod(snippet.call('unknownThing').node, 'catch')).toBeNull();
    // Case: `maybeStore?.save().then(…)`: an appended `.catch` joins the optional chain, whose `undefined` is not asked about
    const chained = snippet.findAll((node) => node.type === 'OptionalCallExpression' || (node.type === 'CallExpression' && code(node).startsWith('maybeStore?.save().then')));
    expect(chained.length).toBeGreaterThan(0);
    for (const call of chained) expect(types.hasMethod(call.node, 'catch')).toBe(true);
    expect(layer.describe()).toEqual({ tsconfigs: ['tsconfig.json'], inferredProgram: false, problems: [] });
  });

  it("Cypress's Chainable is a queued command, not a thenable; a Chainable of another namespace still is", () => {
    const CYPRESS = `declare namespace Cypress {
  interface Chainable<Subject = any> { then<S>(fn: (subject: Subject) => S): Chainable<S>; get(selector: string): Chainable<Element> }
}
declare const cy: Cypress.Chainable;
declare namespace Other { interface Chainable { then(ok: () => void): void } }
declare const other: Other.Chainable;
`;
    const SPEC = 'cy.get(".row");\nother;\n';
    const dir = makeProject({ 'tsconfig.json': TSCONFIG, 'src/cypress.d.ts': CYPRESS, 'src/spec.ts': SPEC });
    const layer = createTypeLayer({ stopAt: dir, cwd: dir });
    const snippet = parseSnippet(SPEC);
    const types = layer.forFile(path.join(dir, 'src/spec.ts')).forText(SPEC);
    expect(types.promiseLike(snippet.call('cy.get').node)).toBe('none');
    expect(types.promiseLike(snippet.identifier('other').node)).toBe('thenable');
  });

  it('lists the call sites of a function in every file of the program', () => {
    const { dir, layer } = setUp();
    const lib = parseSnippet(LIB);
    const run = lib.find((node) => node.type === 'FunctionDeclaration' && node.id?.name === 'run').node;
    const sites = layer.forFile(path.join(dir, 'src/lib.ts')).forText(LIB).callSites(run);
    expect(sites?.map((site) => `${path.relative(dir, site.file)}:${site.line}:${site.column}`)).toEqual(['src/main.ts:9:0', 'src/other.ts:2:5']);
    const other = fs.readFileSync(path.join(dir, 'src/other.ts'), 'utf8');
    expect(other.slice(sites![1]!.start, sites![1]!.end)).toBe('run(2)');
  });

  it('lists value uses of a function as such; imports, exports and type positions are not uses', () => {
    const POLL = 'export function poll(n: number): void {}\nexport type Poll = typeof poll;\n';
    const USER = "import { poll } from '@lib/poll';\nexport { poll };\nconst jobs: (typeof poll)[] = [poll];\npoll(1);\n";
    const tsconfig = JSON.stringify({ compilerOptions: { strict: true, noEmit: true, moduleResolution: 'bundler', module: 'esnext', paths: { '@lib/*': ['./src/*'] } }, include: ['src'] });
    const dir = makeProject({ 'tsconfig.json': tsconfig, 'src/poll.ts': POLL, 'src/user.ts': USER });
    const layer = createTypeLayer({ stopAt: dir, cwd: dir });
    const fn = parseSnippet(POLL).find((node) => node.type === 'FunctionDeclaration').node;
    const sites = layer.forFile(path.join(dir, 'src/poll.ts')).forText(POLL).callSites(fn);
    expect(sites?.map((site) => `${path.relative(dir, site.file)}:${site.line}:${site.column}${site.value ? ' value' : ''} ${USER.slice(site.start, site.end)}`)).toEqual([
      'src/user.ts:3:31 value poll',
      'src/user.ts:4:0 poll(1)',
    ]);
  });

  it("lists a method's calls; a call through the member it implements or an override of it is marked related", () => {
    const WORKER = `export interface Job { run(queue: string): Promise<void> }
export class Worker implements Job {
  async run(queue: string): Promise<void> {}
  restart(): void { void this.run('retries'); }
}
export class LoudWorker extends Worker {
  override async run(queue: string): Promise<void> {}
}
`;
    const USER = `import { Worker, LoudWorker, type Job } from './worker';
export function start(worker: Worker, job: Job, loud: LoudWorker): void {
  void worker.run('mail');
  void job.run('jobs');
  void loud.run('audit');
  void new Worker().run('x');
}
`;
    const dir = makeProject({ 'tsconfig.json': TSCONFIG, 'src/worker.ts': WORKER, 'src/user.ts': USER });
    const layer = createTypeLayer({ stopAt: dir, cwd: dir });
    const method = parseSnippet(WORKER).find((node) => node.type === 'ClassMethod' && node.key.type === 'Identifier' && node.key.name === 'run').node;
    const sites = layer.forFile(path.join(dir, 'src/worker.ts')).forText(WORKER).callSites(method);
    const text = (file: string): string => (file.endsWith('user.ts') ? USER : WORKER);
    expect(sites?.map((site) => `${path.relative(dir, site.file)}:${site.line}${site.related ? ' related' : ''} ${text(site.file).slice(site.start, site.end)}`)).toEqual([
      "src/user.ts:3 worker.run('mail')",
      "src/user.ts:4 related job.run('jobs')",
      "src/user.ts:5 related loud.run('audit')",
      "src/user.ts:6 new Worker().run('x')",
      "src/worker.ts:4 this.run('retries')",
    ]);
  });

  it("gives a parameter's type, declared or from its context", () => {
    const { snippet, types } = setUp();
    const arrows = snippet.findAll((node) => node.type === 'ArrowFunctionExpression');
    expect(types.parameterType(arrows[1]!.node, 0)).toBe('MouseEvent');
    expect(types.parameterType(arrows[2]!.node, 0)).toBe('PointerEvent');
    expect(types.parameterType(arrows[2]!.node, 1)).toBeNull();
  });

  it('answers nothing for a text the program did not read (a pass after a fix)', () => {
    const { layer, main, snippet } = setUp();
    const changed = layer.forFile(main).forText(MAIN.replace('store.save();', 'void store.save();'));
    expect(changed.promiseLike(snippet.call('store.save').node)).toBeNull();
  });

  it('degrades: a tsconfig that does not parse, one without files', () => {
    const broken = makeProject({ 'tsconfig.json': '{ "include": [', 'src/main.ts': MAIN });
    const layer = createTypeLayer({ stopAt: broken, cwd: broken });
    expect(layer.forFile(path.join(broken, 'src/main.ts')).forText(MAIN).promiseLike(parseSnippet(MAIN).call('run').node)).toBeNull();
    expect(layer.describe()).toMatchObject({ tsconfigs: [], none: 'no program could be built', problems: [expect.stringMatching(/^tsconfig\.json could not be used \(/)] });

    const empty = makeProject({ 'tsconfig.json': '{ "include": ["lib"] }', 'src/main.ts': MAIN });
    const emptyLayer = createTypeLayer({ stopAt: empty, cwd: empty });
    expect(emptyLayer.forFile(path.join(empty, 'src/main.ts')).forText(MAIN).promiseLike(parseSnippet(MAIN).call('run').node)).toBeNull();
    expect(emptyLayer.describe().problems).toEqual(['tsconfig.json includes no files']);
  });

  it('says when a tsconfig extends a package that is not installed', () => {
    const files = { 'package.json': '{ "private": true, "workspaces": ["packages/*"] }', 'packages/app/tsconfig.json': '{ "extends": "@acme/tsconfig/base.json", "include": ["src"] }', 'packages/app/src/main.ts': MAIN };
    const bare = makeProject(files);
    const layer = createTypeLayer({ stopAt: bare, cwd: bare });
    layer.forFile(path.join(bare, 'packages/app/src/main.ts')).forText(MAIN).promiseLike(parseSnippet(MAIN).call('run').node);
    expect(layer.describe().problems).toEqual([
      "packages/app/tsconfig.json could not be used (File '@acme/tsconfig/base.json' not found.; node_modules is missing: install the dependencies for type information)",
    ]);
    // Installed (here: a node_modules without that package), the message is TypeScript's alone.
    const installed = makeProject({ ...files, 'node_modules/.package-lock.json': '{}' });
    const installedLayer = createTypeLayer({ stopAt: installed, cwd: installed });
    installedLayer.forFile(path.join(installed, 'packages/app/src/main.ts')).forText(MAIN).promiseLike(parseSnippet(MAIN).call('run').node);
    expect(installedLayer.describe().problems).toEqual(["packages/app/tsconfig.json could not be used (File '@acme/tsconfig/base.json' not found.)"]);
  });

  it('follows references to the tsconfig that includes the file', () => {
    const dir = makeProject({
      'tsconfig.json': JSON.stringify({ files: [], references: [{ path: './app' }] }),
      'app/tsconfig.json': JSON.stringify({ compilerOptions: { composite: true, strict: true, lib: ['ES2023'], types: [] }, include: ['**/*.ts'] }),
      'app/lib.ts': LIB,
      'app/main.ts': MAIN,
    });
    const layer = createTypeLayer({ stopAt: dir, cwd: dir });
    expect(layer.forFile(path.join(dir, 'app/main.ts')).forText(MAIN).promiseLike(parseSnippet(MAIN).call('store.save').node)).toBe('promise');
    expect(layer.describe().tsconfigs).toEqual(['app/tsconfig.json']);
  });

  it('files without a tsconfig share an inferred program of the candidate files', () => {
    const js = "import { load } from './load.js';\nload();\n";
    const dir = makeProject({ 'load.js': 'export function load() { return fetch("/x"); }\n', 'main.js': js });
    const layer = createTypeLayer({ stopAt: dir, cwd: dir });
    layer.setInferredRoots([
      { path: path.join(dir, 'main.js'), size: js.length },
      { path: path.join(dir, 'load.js'), size: 50 },
    ]);
    expect(layer.forFile(path.join(dir, 'main.js')).forText(js).promiseLike(parseSnippet(js, 'js').call('load').node)).toBe('promise');
    expect(layer.describe()).toEqual({ tsconfigs: [], inferredProgram: true, problems: [] });
  });

  describe('holds only what the heap affords', () => {
    const PACKAGES = ['a', 'b', 'c'];
    const setUpPackages = (heap: { used: number; limit: number }) => {
      const files: Record<string, string> = {};
      for (const name of PACKAGES) Object.assign(files, { [`${name}/tsconfig.json`]: TSCONFIG, [`${name}/src/lib.ts`]: LIB, [`${name}/src/main.ts`]: MAIN });
      const dir = makeProject(files);
      const layer = createTypeLayer({ stopAt: dir, cwd: dir, heapStatistics: () => heap });
      const save = parseSnippet(MAIN).call('store.save').node;
      const ask = (name: string) => layer.forFile(path.join(dir, name, 'src/main.ts')).forText(MAIN);
      return { dir, layer, save, ask };
    };

    it('past its share of the heap, building a program lets go of all but the last one used; a file asking again gets its program rebuilt', () => {
      const { dir, layer, save, ask } = setUpPackages({ used: 60, limit: 100 });
      const a = ask('a');
      const aLib = layer.forFile(path.join(dir, 'a/src/lib.ts')).forText(LIB);
      const run = parseSnippet(LIB).find((node) => node.type === 'FunctionDeclaration' && node.id?.name === 'run').node;
      expect(a.promiseLike(save)).toBe('promise');
      expect(aLib.callSites(run)?.map((site) => path.relative(dir, site.file))).toEqual(['a/src/main.ts']);
      expect(ask('b').promiseLike(save)).toBe('promise');
      expect(layer.stats()).toEqual({ built: 2, released: 0 });
      // Case: building c's program lets go of a's (b's, the last one used, stays)
      expect(ask('c').promiseLike(save)).toBe('promise');
      expect(layer.stats()).toEqual({ built: 3, released: 1 });
      // Case: a's queries, asked again after its program went, build it again (and b's goes);
      // the language service's questions (call sites) too, on the rebuilt program
      expect(aLib.callSites(run)?.map((site) => path.relative(dir, site.file))).toEqual(['a/src/main.ts']);
      expect(a.promiseLike(save)).toBe('promise');
      expect(layer.stats()).toEqual({ built: 4, released: 2 });
      expect(layer.describe().tsconfigs).toEqual(['a/tsconfig.json', 'b/tsconfig.json', 'c/tsconfig.json']);
    });

    it('below its share, every program is kept and built once', () => {
      const { layer, save, ask } = setUpPackages({ used: 40, limit: 100 });
      const a = ask('a');
      for (const name of [...PACKAGES, 'a']) expect(ask(name).promiseLike(save)).toBe('promise');
      expect(a.promiseLike(save)).toBe('promise');
      expect(layer.stats()).toEqual({ built: 3, released: 0 });
    });
  });
});
