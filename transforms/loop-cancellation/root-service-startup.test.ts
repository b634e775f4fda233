import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isRootServiceStartup } from './root-service-startup';

const IMPORT = "import { Injectable, Component } from '@angular/core';\n";

function check(code: string): boolean {
  return isRootServiceStartup(parseSnippet(IMPORT + code).call('loop'));
}

describe('isRootServiceStartup', () => {
  it('accepts the constructor and private methods only the constructor calls, of a root service with no release', () => {
    expect(check("@Injectable({ providedIn: 'root' }) class S { constructor() { loop(); } }")).toBe(true);
    expect(check("@Injectable({ providedIn: 'root' }) class S { constructor(r) { r.then(() => this.sync()); } private async sync() { loop(); } }")).toBe(true);
    expect(check("@Injectable({ providedIn: 'root' }) class S { constructor() { this.#sync(); } async #sync() { loop(); } }")).toBe(true);
  });

  it('rejects public methods, methods called elsewhere or never, services with a release, and components', () => {
    expect(check("@Injectable({ providedIn: 'root' }) class S { constructor() { this.sync(); } async sync() { loop(); } }")).toBe(false);
    expect(check("@Injectable({ providedIn: 'root' }) class S { constructor() { this.sync(); } private async sync() { loop(); } restart() { this.sync(); } }")).toBe(false);
    expect(check("@Injectable({ providedIn: 'root' }) class S { private async sync() { loop(); } }")).toBe(false);
    expect(check("@Injectable({ providedIn: 'root' }) class S { constructor() { this.sync(); } private async sync() { loop(); } ngOnDestroy() {} }")).toBe(false);
    expect(check("@Component({ selector: 'x' }) class C { constructor() { loop(); } }")).toBe(false);
  });
});
