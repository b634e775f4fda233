import { describe, expect, it } from 'vitest';
import type { Class, Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { parseSnippet } from '../../../test/helpers/ast';
import { isAngularAppRootComponent, isAppRootComponentPath } from './app-root-component';

const classOf = (code: string): NodePath<Class> => parseSnippet(code, 'ts').findAll((node: Node) => node.type === 'ClassDeclaration')[0] as NodePath<Class>;

describe('isAppRootComponentPath', () => {
  it('recognises the root component of Vue, Nuxt, SvelteKit, Angular and React apps', () => {
    expect(isAppRootComponentPath('src/App.vue')).toBe(true);
    expect(isAppRootComponentPath('apps/web/app.vue')).toBe(true);
    expect(isAppRootComponentPath('src/routes/+layout.svelte')).toBe(true);
    expect(isAppRootComponentPath('src/app/app.component.ts')).toBe(true);
    expect(isAppRootComponentPath('src\\App.tsx')).toBe(true);
  });

  it('leaves nested layouts, components named App and other files', () => {
    expect(isAppRootComponentPath('src/routes/(console)/+layout.svelte')).toBe(false);
    expect(isAppRootComponentPath('src/components/App.vue')).toBe(false);
    expect(isAppRootComponentPath('src/app/settings/app.component.ts')).toBe(false);
    expect(isAppRootComponentPath('src/Application.vue')).toBe(false);
    expect(isAppRootComponentPath('src/app.ts')).toBe(false);
  });
});

describe('isAngularAppRootComponent', () => {
  it("recognises a component whose selector is 'app-root'", () => {
    expect(isAngularAppRootComponent(classOf("@Component({ selector: 'app-root', template: '' }) class Shell {}"))).toBe(true);
  });

  it('leaves other selectors, other decorators and computed values', () => {
    expect(isAngularAppRootComponent(classOf("@Component({ selector: 'app-settings' }) class Settings {}"))).toBe(false);
    expect(isAngularAppRootComponent(classOf("@Directive({ selector: 'app-root' }) class D {}"))).toBe(false);
    expect(isAngularAppRootComponent(classOf('@Component({ selector: ROOT }) class C {}'))).toBe(false);
    expect(isAngularAppRootComponent(classOf('class Plain {}'))).toBe(false);
  });
});
