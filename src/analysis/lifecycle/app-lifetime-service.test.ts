import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { isAppLifetimeService, isInjectorLifetimeService } from './app-lifetime-service';
import { resolveOwnerScope } from './owner-scope';

const IMPORT = "import { Injectable, Component, DestroyRef, inject } from '@angular/core';\n";

function check(code: string): boolean {
  return isAppLifetimeService(resolveOwnerScope(parseSnippet(IMPORT + code).call('sleep')));
}

describe('isAppLifetimeService', () => {
  it('accepts a root-provided service with no release, in any of its methods', () => {
    expect(check("@Injectable({ providedIn: 'root' }) class Sync { constructor() { sleep(); } }")).toBe(true);
    expect(check("@Injectable({ providedIn: 'root' }) class Sync { private async run() { sleep(); } }")).toBe(true);
  });

  it('accepts a root-provided service whose DestroyRef only feeds takeUntilDestroyed (LEAKS.md names ngOnDestroy)', () => {
    expect(check("@Injectable({ providedIn: 'root' }) class Sync { private destroyRef = inject(DestroyRef); a$ = b$.pipe(takeUntilDestroyed(this.destroyRef)); constructor() { sleep(); } }")).toBe(true);
    expect(check("@Injectable({ providedIn: 'root' }) class Sync { constructor(private destroyRef: DestroyRef) { sleep(); } }")).toBe(true);
  });

  it('rejects a service that expects to be torn down, one provided elsewhere, and components', () => {
    expect(check("@Injectable({ providedIn: 'root' }) class Sync { run() { sleep(); } ngOnDestroy() {} }")).toBe(false);
    expect(check("@Injectable({ providedIn: 'root' }) class Sync { private destroyRef = inject(DestroyRef); run() { sleep(); this.destroyRef.onDestroy(() => {}); } }")).toBe(false);
    expect(check("@Injectable({ providedIn: 'root' }) class Sync { constructor(destroyRef: DestroyRef) { sleep(); destroyRef.onDestroy(() => {}); } }")).toBe(false);
    expect(check("@Injectable({ providedIn: 'root' }) class Sync { constructor() { sleep(); inject(DestroyRef).onDestroy(() => {}); } }")).toBe(false);
    expect(check('@Injectable() class Sync { run() { sleep(); } }')).toBe(false);
    expect(check("@Component({ selector: 'x' }) class View { run() { sleep(); } }")).toBe(false);
  });
});

describe('isInjectorLifetimeService', () => {
  const injector = (code: string): boolean => isInjectorLifetimeService(resolveOwnerScope(parseSnippet(IMPORT + code).call('sleep')));

  it('accepts a service with no providedIn and no teardown of its own', () => {
    expect(injector('@Injectable() class Platform { setErrorHandler() { sleep(); } }')).toBe(true);
    expect(injector('@Injectable({}) class Platform { constructor() { sleep(); } }')).toBe(true);
  });

  it('rejects a root-provided service, one with a teardown, and components', () => {
    expect(injector("@Injectable({ providedIn: 'root' }) class Platform { run() { sleep(); } }")).toBe(false);
    expect(injector('@Injectable() class Platform { run() { sleep(); } ngOnDestroy() {} }')).toBe(false);
    expect(injector('@Injectable() class Platform { constructor(destroyRef: DestroyRef) { sleep(); destroyRef.onDestroy(() => {}); } }')).toBe(false);
    expect(injector("@Component({ selector: 'x' }) class View { run() { sleep(); } }")).toBe(false);
    expect(injector('class Plain { run() { sleep(); } }')).toBe(false);
  });
});
