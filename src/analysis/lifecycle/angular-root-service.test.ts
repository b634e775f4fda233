import type { Class } from '@babel/types';
import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { isRootProvidedService } from './angular-root-service';

function check(code: string): boolean {
  const snippet = parseSnippet(code);
  return isRootProvidedService(snippet.find((node) => node.type === 'ClassDeclaration').node as Class);
}

describe('isRootProvidedService', () => {
  it('accepts services provided in the root or platform injector', () => {
    expect(check("@Injectable({ providedIn: 'root' }) class A {}")).toBe(true);
    expect(check("@Injectable({ providedIn: \"platform\" }) class A {}")).toBe(true);
    expect(check("@core.Injectable({ providedIn: 'root' }) class A {}")).toBe(true);
  });

  it("accepts Angular 22's @Service(), auto-provided in root unless told otherwise", () => {
    expect(check('@Service() class A {}')).toBe(true);
    expect(check('@Service({}) class A {}')).toBe(true);
    expect(check('@Service({ autoProvided: true }) class A {}')).toBe(true);
    expect(check('@Service({ factory: () => new A() }) class A {}')).toBe(true);
    expect(check('@Service({ autoProvided: false }) class A {}')).toBe(false);
    expect(check('@Service(options) class A {}')).toBe(false);
  });

  it('rejects services provided elsewhere, and other decorators', () => {
    expect(check('@Injectable() class A {}')).toBe(false);
    expect(check("@Injectable({ providedIn: 'any' }) class A {}")).toBe(false);
    expect(check('@Injectable({ providedIn: AppModule }) class A {}')).toBe(false);
    expect(check("@Component({ providedIn: 'root' }) class A {}")).toBe(false);
    expect(check('class A {}')).toBe(false);
  });
});
