/**
 * Loads a module when it is first needed, for code that runs compiled and under the test
 * runner. Compiled to CommonJS (the package), `require` loads it at once: `import()` there
 * starts Node's ES module loader, about 14 ms of a run that may need it for nothing else. The
 * test runner runs the TypeScript sources as ES modules, where only `import()` finds them.
 * Each caller passes both, with its own relative specifier:
 *
 *   const { formatJson } = await loadModule(() => require('./json.js') as typeof import('./json'), () => import('./json.js'));
 */
const COMPILED = typeof __filename === 'string' && __filename.endsWith('.js');

export function loadModule<T>(viaRequire: () => T, viaImport: () => Promise<T>): Promise<T> {
  return COMPILED ? Promise.resolve(viaRequire()) : viaImport();
}
