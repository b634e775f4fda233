import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { run } from '../../src/engine/run';
import { FIXTURES_ROOT, PROJECTS_DIR } from '../../test/helpers/fixtures';
import { findRenderCall, findTopLevelClassAt, isTopLevelClass } from './made-once-owner';

/** The render call `findRenderCall` finds for the first JSX element named `App` in `code`, as text. */
function renderOf(code: string): string | null {
  const snippet = parseSnippet(code, 'tsx');
  const [name] = snippet.findAll((node) => node.type === 'JSXIdentifier' && node.name === 'App');
  const call = findRenderCall(name!);
  return call ? code.slice(call.node.start!, call.node.end!) : null;
}

describe('findRenderCall', () => {
  it('finds the render call whose element is the class, directly or wrapped in other elements', () => {
    expect(renderOf('ReactDOM.render(<App />, el);')).toBe('ReactDOM.render(<App />, el)');
    expect(renderOf('createRoot(el).render(<Provider store={s}><><App /></></Provider>);')).toBe('createRoot(el).render(<Provider store={s}><><App /></></Provider>)');
    expect(renderOf('hydrateRoot(el, (<App />));')).toBe('hydrateRoot(el, (<App />))');
    expect(renderOf('render(<App.Item />, el);')).toBe('render(<App.Item />, el)');
  });

  it('finds none for an element in a prop, a render that takes it elsewhere, or another call', () => {
    expect(renderOf('render(<Shell header={<App />} />, el);')).toBeNull();
    expect(renderOf('hydrateRoot(<App />, el);')).toBeNull();
    expect(renderOf('show(<App />);')).toBeNull();
    expect(renderOf('const element = <App />;')).toBeNull();
  });
});

describe('isTopLevelClass / findTopLevelClassAt', () => {
  it('takes named class declarations at a module top level, exported or not', () => {
    const code = 'class A {}\nexport class B {}\nexport default class C {}\nfunction f() { class D {} }\nconst E = class {};\n';
    const snippet = parseSnippet(code);
    const names = snippet.findAll((node) => node.type === 'ClassDeclaration' || node.type === 'ClassExpression').filter(isTopLevelClass).map((path) => (path.node as { id: { name: string } }).id.name);
    expect(names).toEqual(['A', 'B', 'C']);
    const program = snippet.find((node) => node.type === 'Program');
    expect(findTopLevelClassAt(program, code.indexOf('class B'))?.node.id?.name).toBe('B');
    expect(findTopLevelClassAt(program, code.indexOf('class D'))).toBeNull();
  });
});

describe('listener-cleanup: an owner made once, in another file (made-once-owner.ts)', () => {
  it('takes a class whose one use runs once from high to medium (reported low: the rule calibrated), with the use in the note; not one made twice or at every click, nor one whose written removal misses', async () => {
    const cwd = path.join(FIXTURES_ROOT, PROJECTS_DIR, 'listener-cleanup/owner-made-once/input');
    const result = await run({ cwd, config: false, prettier: false, jobs: 1, rules: ['listener-cleanup'] });
    expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.confidence}`)).toEqual(['src/app-window.ts:10 low', 'src/panel.ts:7 high', 'src/status-bar.ts:6 high', 'src/sync-request.ts:9 high']);
    expect(result.findings[0]!.message).toContain("its owner, `AppWindow`, is made once — the project's one use of it outside tests, at src/main.ts:8, runs once");
  });

  it('keeps high when the file that makes it is not part of the run', async () => {
    const cwd = path.join(FIXTURES_ROOT, PROJECTS_DIR, 'listener-cleanup/owner-made-once/input');
    const result = await run({ cwd, paths: ['src/app-window.ts', 'src/bus.ts'], config: false, prettier: false, jobs: 1, rules: ['listener-cleanup'] });
    expect(result.findings.map((finding) => `${finding.file}:${finding.line} ${finding.confidence}`)).toEqual(['src/app-window.ts:10 high']);
  });
});
