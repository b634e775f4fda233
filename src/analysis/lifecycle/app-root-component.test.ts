import { describe, expect, it } from 'vitest';
import { isAppRootComponentPath } from './app-root-component';

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
