import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { resolveOwnerScope } from './owner-scope';
import { describeProcessLifetime, resolveProcessLifetime } from './process-lifetime';

function check(code: string, options: { anyEntryName?: boolean } = {}): string | null {
  const call = parseSnippet(code).call('tick');
  const reason = resolveProcessLifetime(resolveOwnerScope(call), call, options);
  const owner = resolveOwnerScope(call);
  return reason && `${reason}: ${describeProcessLifetime(reason, owner)}`;
}

describe('resolveProcessLifetime', () => {
  it('names module code, the entry function and a root service constructor', () => {
    expect(check('tick();')).toBe('module: module level');
    expect(check('function main() { tick(); }\nmain();')).toBe('entry-function: in main(), which runs once, when the module loads');
    expect(check('const bootstrap = () => { tick(); };\nbootstrap();')).toBe('entry-function: in bootstrap(), which runs once, when the module loads');
    expect(check("@Injectable({ providedIn: 'root' }) class A { constructor() { tick(); } }")).toBe('root-service: a root-provided Angular service');
    expect(check("@Injectable({ providedIn: 'root' }) class A { destroyRef = inject(DestroyRef); a$ = b$.pipe(takeUntilDestroyed(this.destroyRef)); constructor() { tick(); } }")).toBe('root-service: a root-provided Angular service');
    // ... and what its constructor sets up once (tabby's HotkeysService, ConfigSyncService), not what runs on every event
    expect(check("@Injectable({ providedIn: 'root' }) class A { constructor() { ready.then(() => { tick(); }); } }")).toBe('root-service: a root-provided Angular service');
    expect(check("@Injectable({ providedIn: 'root' }) class A { constructor() { ready.then(() => { const on = (t) => tick(t); on('a'); on('b'); }); } }")).toBe('root-service: a root-provided Angular service');
    expect(check("@Injectable({ providedIn: 'root' }) class A { constructor() { changes$.subscribe(() => tick()); } }")).toBeNull();
    expect(check("@Injectable({ providedIn: 'root' }) class A { constructor() { ready.then(() => tick()); } ngOnDestroy() {} }")).toBeNull();
    expect(check('(function () { tick(); })();')).toBe('module-init: module initialisation');
    // For listeners, any name called once at module top level: module initialisation written in a function
    expect(check('function renderHeader() { tick(); }\nrenderHeader();', { anyEntryName: true })).toBe('entry-function: in renderHeader(), which runs once, when the module loads');
    expect(check('function renderHeader() { tick(); }\nrenderHeader();')).toBeNull();
  });

  it("names the constructor of a class whose one instance its module makes while it loads", () => {
    const singleton = 'set up by the constructor of the one instance its module makes while it loads';
    expect(check('export class W { constructor() { tick(); } close() {} }\nconst w = new W();\nexport default w;')).toBe(`module-singleton: ${singleton}`);
    expect(check('class W { constructor() { tick(); } }\nexport default new W();')).toBe(`module-singleton: ${singleton}`);
    expect(check('class W { constructor() { tick(); } }\nmodule.exports = new W();')).toBe(`module-singleton: ${singleton}`);
    // Two instances, one made in a function, or a method other than the constructor: not once.
    expect(check('class W { constructor() { tick(); } }\nexport const a = new W();\nexport const b = new W();')).toBeNull();
    expect(check('class W { constructor() { tick(); } }\nexport default new W();\nexport function another() { return new W(); }')).toBeNull();
    expect(check('class W { open() { tick(); } }\nexport default new W();')).toBeNull();
    // What the constructor sets up once: a private method only it calls, a run-once callback there; not a public method, nor an event's handler.
    expect(check('class W { constructor() { this.detect(); } private detect() { tick(); } }\nexport default new W();')).toBe(`module-singleton: ${singleton}`);
    expect(check("class W { constructor() { this.detect(); } private detect() { ready.then(() => tick()); } }\nexport default new W();")).toBe(`module-singleton: ${singleton}`);
    expect(check('class W { constructor() { this.detect(); } detect() { tick(); } }\nexport default new W();')).toBeNull();
    expect(check("class W { constructor() { this.detect(); } private detect() { bus.on('x', () => tick()); } }\nexport default new W();")).toBeNull();
    expect(check('class W { constructor() { this.detect(); } private detect() { tick(); } }\nexport const make = () => new W();')).toBeNull();
    expect(check('class W { constructor() { tick(); } }\nfor (const name of names) registry.set(name, new W());')).toBeNull();
  });

  it('leaves owners that end, other methods and nested callbacks', () => {
    expect(check('function main() { on(() => tick()); }\nmain();')).toBeNull();
    expect(check('function helper() { tick(); }\nhelper();')).toBeNull();
    expect(check('function helper() { tick(); }\nhelper();\nhelper();', { anyEntryName: true })).toBeNull();
    expect(check('export function helper() { tick(); }\nhelper();', { anyEntryName: true })).toBeNull();
    expect(check("@Injectable({ providedIn: 'root' }) class A { load() { tick(); } }")).toBeNull();
    expect(check("@Injectable({ providedIn: 'root' }) class A { constructor() { tick(); } ngOnDestroy() {} }")).toBeNull();
    expect(check("@Injectable({ providedIn: 'root' }) class A { destroyRef = inject(DestroyRef); constructor() { tick(); this.destroyRef.onDestroy(() => {}); } }")).toBeNull();
    expect(check('@Injectable() class A { constructor() { tick(); } }')).toBeNull();
    expect(check('(function () { for (const x of xs) tick(); })();')).toBeNull();
    expect(check('function setup() { tick(); }')).toBeNull();
  });
});
