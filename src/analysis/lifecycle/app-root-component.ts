/**
 * The app's root component, mounted once for the life of the page, from its path alone (rules
 * never read the file system): Vue's `App.vue` / Nuxt's `app.vue` (also `App.svelte`,
 * `App.tsx`, `App.jsx`) outside a `components` folder, SvelteKit's root layout
 * `routes/+layout.svelte`, Angular's `app/app.component.ts` (or `app/app.ts`). What it
 * registers and never removes piles up only if the app itself is mounted again (tests, hot
 * reload, a micro-frontend host): the cleanup rules give such report-only findings `medium`,
 * not `high` (appwrite's console: a store subscription in its root layout). A nested layout
 * (`routes/(console)/+layout.svelte`) unmounts when its route group is left: not a root.
 *
 * The path is the one the engine shows; both `/` and `\` separate folders.
 *
 * Also, from its code, an Angular component whose selector is `app-root`: the element the Angular
 * CLI's `index.html` holds, which the app bootstraps once (tabby's `AppRootComponent`, in
 * `tabby-core/src/components/appRoot.component.ts`).
 */
import type { Class, Node } from '@babel/types';
import type { NodePath } from '../../core/traverse';

const ROOT_COMPONENT = /^app\.(?:vue|svelte|tsx|jsx)$/i;

export function isAppRootComponentPath(filename: string): boolean {
  const parts = filename.split(/[\\/]+/);
  const name = parts.pop() ?? '';
  const parent = parts.at(-1);
  // Case: `src/routes/+layout.svelte`
  if (name === '+layout.svelte') return parent === 'routes';
  // Case: `src/app/app.component.ts`, `src/app/app.ts` (Angular 20)
  if (name === 'app.component.ts' || name === 'app.ts') return parent === 'app' && parts.at(-2) === 'src';
  // Case: `src/App.vue`, `app.vue`, `src/App.tsx`
  return ROOT_COMPONENT.test(name) && !parts.includes('components');
}

/** `@Component({ selector: 'app-root', … })` on the class. */
export function isAngularAppRootComponent(classPath: NodePath<Class>): boolean {
  return (classPath.node.decorators ?? []).some((decorator) => {
    const call = decorator.expression;
    if (call.type !== 'CallExpression' || call.callee.type !== 'Identifier' || call.callee.name !== 'Component') return false;
    const options = call.arguments[0] as Node | undefined;
    if (options?.type !== 'ObjectExpression') return false;
    return options.properties.some(
      (property) =>
        property.type === 'ObjectProperty' &&
        !property.computed &&
        property.key.type === 'Identifier' &&
        property.key.name === 'selector' &&
        property.value.type === 'StringLiteral' &&
        property.value.value === 'app-root',
    );
  });
}
