/**
 * The runtime target is narrowed to the abort APIs the project's own installed type
 * declarations have, so a fix never turns code that type-checked into code that does not
 * (e.g. `AbortSignal.any` with TypeScript 5.3's lib.dom and an @types/node 20.11).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { resolveRuntimeTarget } from '../../src/engine/target';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { lintSource } from '../../src/engine/lint-source';
import { rule as fetchTimeout } from '../../transforms/fetch-timeout';

const TIMEOUT = 'declare var AbortSignal: {\n    timeout(milliseconds: number): AbortSignal;\n};\n';
const TIMEOUT_AND_ANY = 'declare var AbortSignal: {\n    any(signals: AbortSignal[]): AbortSignal;\n    timeout(milliseconds: number): AbortSignal;\n};\n';

const dirs: string[] = [];

function makeProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-target-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function typescriptPackage(version: string, libDom: string): Record<string, string> {
  return {
    'node_modules/typescript/package.json': JSON.stringify({ name: 'typescript', version }),
    'node_modules/typescript/lib/lib.dom.d.ts': libDom,
  };
}

function nodeTypesPackage(version: string, files: Record<string, string>): Record<string, string> {
  const result: Record<string, string> = { 'node_modules/@types/node/package.json': JSON.stringify({ name: '@types/node', version }) };
  for (const [name, text] of Object.entries(files)) result[`node_modules/@types/node/${name}`] = text;
  return result;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('resolveRuntimeTarget and the project type declarations', () => {
  it('drops AbortSignal.any when neither lib.dom nor @types/node declares it', () => {
    const dir = makeProject({
      'package.json': '{}',
      ...typescriptPackage('5.3.3', TIMEOUT),
      ...nodeTypesPackage('20.11.5', { 'globals.d.ts': TIMEOUT }),
    });
    expect(resolveRuntimeTarget(undefined, dir)).toEqual({
      abortSignalTimeout: true,
      abortSignalAny: false,
      source: 'types of TypeScript 5.3.3 lib.dom, @types/node 20.11.5',
      uncheckedJavaScript: { abortSignalTimeout: true, abortSignalAny: true, source: 'default (Node >= 20.3 and current browsers)' },
    });
  });

  it('without TypeScript installed, reads the lock file: TypeScript before 4.9 and no @types/node 16.14 drops AbortSignal.timeout', () => {
    const pnpm = (typescript: string, nodeTypes?: string) =>
      `lockfileVersion: '9.0'\n\nimporters:\n\n  .:\n    devDependencies:\n      typescript:\n        specifier: ^4.7.4\n        version: ${typescript}\n\npackages:\n\n  typescript-natural-sort@0.7.2:\n    resolution: {}\n\n  typescript@${typescript}:\n    resolution: {}\n${nodeTypes ? `\n  '@types/node@${nodeTypes}':\n    resolution: {}\n` : ''}`;
    // alist-web: pnpm locks TypeScript 4.7.4, a browser app with the DOM lib.
    const old = makeProject({ 'package.json': '{}', 'pnpm-lock.yaml': pnpm('4.7.4') });
    expect(resolveRuntimeTarget(undefined, old)).toMatchObject({ abortSignalTimeout: false, source: 'types of TypeScript 4.7.4 in pnpm-lock.yaml' });
    expect(resolveRuntimeTarget(undefined, makeProject({ 'package.json': '{}', 'pnpm-lock.yaml': pnpm('4.9.5') })).abortSignalTimeout).toBe(true);
    expect(resolveRuntimeTarget(undefined, makeProject({ 'package.json': '{}', 'pnpm-lock.yaml': pnpm('4.7.4', '18.0.0') })).abortSignalTimeout).toBe(true);
    // alist-web's tsconfig lists its global types without `node`: its @types/node 20 declares nothing there.
    const typesWithoutNode = '{ "compilerOptions": { "types": ["vite/client"] } }';
    expect(resolveRuntimeTarget(undefined, makeProject({ 'package.json': '{}', 'tsconfig.json': typesWithoutNode, 'pnpm-lock.yaml': pnpm('4.7.4', '20.0.0') })).abortSignalTimeout).toBe(false);
    // No DOM lib and `types` without node (a Node CLI's `"lib": ["ESNext"], "types": ["vitest/globals"]`):
    // its fetch and AbortSignal come from @types/node, which a listed types package references.
    const nodeOnlyByReference = '{ "compilerOptions": { "lib": ["ESNext"], "types": ["vitest/globals"] } }';
    expect(resolveRuntimeTarget(undefined, makeProject({ 'package.json': '{}', 'tsconfig.json': nodeOnlyByReference, 'pnpm-lock.yaml': pnpm('5.9.3', '24.0.0') })).abortSignalTimeout).toBe(true);
    expect(resolveRuntimeTarget(undefined, makeProject({ 'package.json': '{}', 'tsconfig.json': nodeOnlyByReference, 'pnpm-lock.yaml': pnpm('5.9.3', '16.0.0') })).abortSignalTimeout).toBe(false);
    // npm (lock v3) and yarn
    const npmLock = JSON.stringify({ lockfileVersion: 3, packages: { '': {}, 'node_modules/typescript': { version: '4.8.4' } } });
    expect(resolveRuntimeTarget(undefined, makeProject({ 'package.json': '{}', 'package-lock.json': npmLock })).abortSignalTimeout).toBe(false);
    const yarnLock = '# yarn lockfile v1\n\n"typescript@^4.6.0", typescript@^4.7.4:\n  version "4.7.4"\n  resolved "x"\n';
    expect(resolveRuntimeTarget(undefined, makeProject({ 'package.json': '{}', 'yarn.lock': yarnLock })).abortSignalTimeout).toBe(false);
    // A lock file with no TypeScript, or none at all: nothing type-checks the fix.
    expect(resolveRuntimeTarget(undefined, makeProject({ 'package.json': '{}', 'yarn.lock': '# yarn lockfile v1\n' })).abortSignalTimeout).toBe(true);
  });

  it('keeps the runtime\'s own APIs for JavaScript files the checker does not check', () => {
    const lock = `lockfileVersion: '9.0'\n\npackages:\n\n  typescript@4.7.4:\n    resolution: {}\n`;
    const project = makeProject({ 'package.json': '{}', 'pnpm-lock.yaml': lock });
    const target = resolveRuntimeTarget(undefined, project);
    expect(target).toMatchObject({ abortSignalTimeout: false, uncheckedJavaScript: { abortSignalTimeout: true, abortSignalAny: true, source: 'default (Node >= 20.3 and current browsers)' } });
    const lint = (file: string, raw: string) =>
      lintSource({ raw, filePath: file, displayPath: file, rules: [{ rule: fetchTimeout, options: resolveRuleOptions(fetchTimeout, {}) }], settings: { ...DEFAULT_SETTINGS, target }, applyLevels: new Set(['auto']) }).findings.map((finding) => finding.fix);
    const code = "export async function load() {\n  const res = await fetch('https://example.com/a');\n  return res.json();\n}\n";
    // alist-web's JavaScript gets the fix TypeScript 4.7's declarations would reject in a .ts file.
    expect(lint('src/load.js', code)).toEqual(['auto']);
    expect(lint('src/load.ts', code)).toEqual(['none']);
    expect(lint('src/load.js', `// @ts-check\n${code}`)).toEqual(['none']);
    // With checkJs, JavaScript is held to the declarations too.
    const checked = makeProject({ 'package.json': '{}', 'pnpm-lock.yaml': lock, 'tsconfig.json': '{ "compilerOptions": { "checkJs": true } }' });
    expect(resolveRuntimeTarget(undefined, checked).uncheckedJavaScript).toBeUndefined();
  });

  it('keeps an API that @types/node declares in a nested file', () => {
    const dir = makeProject({
      'package.json': '{}',
      ...typescriptPackage('5.3.3', TIMEOUT),
      ...nodeTypesPackage('20.19.0', { 'web-globals/abortcontroller.d.ts': TIMEOUT_AND_ANY }),
    });
    expect(resolveRuntimeTarget(undefined, dir)).toEqual(DEFAULT_SETTINGS.target);
  });

  it('ignores lib.dom when the tsconfig lib has no DOM', () => {
    const dir = makeProject({
      'package.json': '{}',
      'tsconfig.json': '{\n  // Node only\n  "compilerOptions": { "lib": ["es2022"] }\n}\n',
      ...typescriptPackage('5.6.2', TIMEOUT_AND_ANY),
      ...nodeTypesPackage('18.0.0', { 'globals.d.ts': TIMEOUT }),
    });
    expect(resolveRuntimeTarget(undefined, dir)).toMatchObject({ abortSignalTimeout: true, abortSignalAny: false, source: 'types of @types/node 18.0.0' });
  });

  it('says a timer delay is required with an @types/node before 16 (a required `ms`), and only then', () => {
    const old = makeProject({ 'package.json': '{}', ...typescriptPackage('4.8.4', TIMEOUT), ...nodeTypesPackage('12.20.55', { 'globals.d.ts': '' }) });
    expect(resolveRuntimeTarget(undefined, old).timerDelayRequired).toBe(true);
    const current = makeProject({ 'package.json': '{}', ...typescriptPackage('5.6.2', TIMEOUT_AND_ANY), ...nodeTypesPackage('16.0.0', { 'globals.d.ts': TIMEOUT }) });
    expect(resolveRuntimeTarget(undefined, current).timerDelayRequired).toBeUndefined();
    // Without TypeScript nothing type-checks the fixed code.
    const untyped = makeProject({ 'package.json': '{}', ...nodeTypesPackage('12.20.55', { 'globals.d.ts': '' }) });
    expect(resolveRuntimeTarget(undefined, untyped).timerDelayRequired).toBeUndefined();
  });

  it("carries the project's @angular/core major, and nothing when the project has no Angular", () => {
    const angular = makeProject({ 'package.json': JSON.stringify({ dependencies: { '@angular/core': '^16.1.0' } }) });
    expect(resolveRuntimeTarget(undefined, angular)).toEqual({ ...DEFAULT_SETTINGS.target, angularMajor: 16 });
    expect(resolveRuntimeTarget(undefined, makeProject({ 'package.json': '{}' })).angularMajor).toBeUndefined();
  });

  it('carries the error-tracker SDKs among the dependencies with where each runs, and no build plugin or CLI of their family', () => {
    const dependencies = { '@sentry/node': '^8.0.0', '@sentry/react': '^8.0.0', '@sentry/electron': '^5.0.0', rollbar: '^2.26.0' };
    const devDependencies = { '@sentry/webpack-plugin': '^2.0.0', '@sentry/cli': '^2.0.0', '@bugsnag/source-maps': '^2.0.0' };
    expect(resolveRuntimeTarget(undefined, makeProject({ 'package.json': JSON.stringify({ dependencies, devDependencies }) })).errorTrackers).toEqual([
      { name: '@sentry/electron', runs: 'both' },
      { name: '@sentry/node', runs: 'node' },
      { name: '@sentry/react', runs: 'browser' },
      { name: 'rollbar', runs: 'both' },
    ]);
    expect(resolveRuntimeTarget(undefined, makeProject({ 'package.json': JSON.stringify({ devDependencies }) })).errorTrackers).toBeUndefined();
    // another SDK of a tracker's family watches both sides; its tools and parts watch nothing
    const family = { '@sentry/cloudflare': '^8.0.0', '@sentry/vite-plugin': '^2.0.0', '@sentry/tracing': '^7.0.0', '@bugsnag/plugin-react': '^7.0.0' };
    expect(resolveRuntimeTarget(undefined, makeProject({ 'package.json': JSON.stringify({ dependencies: family }) })).errorTrackers).toEqual([{ name: '@sentry/cloudflare', runs: 'both' }]);
  });

  it('narrows a configured or engines target too, and never widens one', () => {
    const old = makeProject({ 'package.json': '{}', ...typescriptPackage('4.6.4', 'declare var AbortSignal: {};\n') });
    expect(resolveRuntimeTarget({ node: '>=22' }, old)).toMatchObject({ abortSignalTimeout: false, abortSignalAny: false });
    const modern = makeProject({ 'package.json': JSON.stringify({ engines: { node: '>=18.0' } }), ...typescriptPackage('5.6.2', TIMEOUT_AND_ANY) });
    expect(resolveRuntimeTarget(undefined, modern)).toEqual({ abortSignalTimeout: true, abortSignalAny: false, source: 'package.json engines.node ">=18.0"' });
  });
});

describe('resolveRuntimeTarget reads browserslist beside engines', () => {
  it('an old browser in browserslist removes the APIs even where engines.node has them', () => {
    const dir = makeProject({ 'package.json': JSON.stringify({ engines: { node: '>=20.3' }, browserslist: ['chrome >= 110', 'safari 15'] }) });
    expect(resolveRuntimeTarget(undefined, dir)).toEqual({
      abortSignalTimeout: false,
      abortSignalAny: false,
      source: 'package.json engines.node ">=20.3" and browserslist "chrome >= 110, safari 15" (package.json)',
      // A file no browser runs (it imports a Node built-in) keeps what engines.node has.
      nodeCode: { abortSignalTimeout: true, abortSignalAny: true, source: 'package.json engines.node ">=20.3"' },
    });
  });

  it('a file that imports a Node built-in is held to engines.node (or the default), not to the browsers', () => {
    const dir = makeProject({ 'package.json': JSON.stringify({ engines: { node: '>=18.0' }, browserslist: ['safari 15'] }) });
    const target = resolveRuntimeTarget(undefined, dir);
    const lint = (file: string, raw: string) =>
      lintSource({ raw, filePath: file, displayPath: file, rules: [{ rule: fetchTimeout, options: resolveRuleOptions(fetchTimeout, {}) }], settings: { ...DEFAULT_SETTINGS, target }, applyLevels: new Set(['auto']) }).findings.map((finding) => `${finding.fix} ${finding.fix === 'none' ? finding.message.replace(/.*the target \(([^)]*\)?)\).*/s, '$1') : ''}`.trim());
    const code = "export async function load() {\n  const res = await fetch('https://example.com/a');\n  return res.json();\n}\n";
    // Safari 15 has no AbortSignal.timeout: the browser code gets no fix.
    expect(lint('src/load.js', code)).toEqual(['none package.json engines.node ">=18.0" and browserslist "safari 15" (package.json)']);
    // A release script, a CI action, the server half of the package: Node 18 has AbortSignal.timeout.
    for (const header of ['#!/usr/bin/env node\n', "import fs from 'node:fs';\n", "import { request } from 'https';\n", "const { execSync } = require('child_process');\n", "import('node:path');\n"]) {
      expect(lint('scripts/release.mjs', `${header}${code}`), header).toEqual(['auto']);
    }
    // A package without engines.node: the default Node target.
    const browsersOnly = resolveRuntimeTarget(undefined, makeProject({ 'package.json': JSON.stringify({ browserslist: ['safari 15'] }) }));
    expect(browsersOnly.nodeCode).toEqual({ abortSignalTimeout: true, abortSignalAny: true, source: 'default (Node >= 20.3 and current browsers)' });
    // Browsers that have every API leave nothing for Node code to get back.
    expect(resolveRuntimeTarget(undefined, makeProject({ 'package.json': JSON.stringify({ engines: { node: '>=16.0' }, browserslist: ['chrome >= 120'] }) })).nodeCode).toBeUndefined();
  });

  it('a .browserslistrc alone decides; an undecided one keeps the default', () => {
    const decided = makeProject({ 'package.json': '{}', '.browserslistrc': 'chrome >= 103\n' });
    expect(resolveRuntimeTarget(undefined, decided)).toEqual({
      abortSignalTimeout: true,
      abortSignalAny: false,
      source: 'browserslist "chrome >= 103" (.browserslistrc)',
      nodeCode: DEFAULT_SETTINGS.target,
    });
    const undecided = makeProject({ 'package.json': '{}', '.browserslistrc': 'defaults\nnot dead\n' });
    expect(resolveRuntimeTarget(undefined, undecided)).toEqual(DEFAULT_SETTINGS.target);
  });

  it("the config's target still wins over browserslist", () => {
    const dir = makeProject({ 'package.json': JSON.stringify({ browserslist: 'ie 11' }) });
    expect(resolveRuntimeTarget({ node: '>=20.3' }, dir)).toMatchObject({ abortSignalTimeout: true, abortSignalAny: true });
  });
});

describe('resolveRuntimeTarget reads a browser extension\'s manifests', () => {
  it("an extension's oldest Firefox (strict_min_version) removes AbortSignal.timeout where engines.node has it; its Node files keep Node's", () => {
    const dir = makeProject({
      'package.json': JSON.stringify({ engines: { node: '>=20.3' } }),
      'src/manifest.json': JSON.stringify({ manifest_version: 2, name: 'x' }),
      'src/manifest-chrome-mv3.json': JSON.stringify({ manifest_version: 3, minimum_chrome_version: '106.0.0.0' }),
      'src/manifest-firefox.json': JSON.stringify({ browser_specific_settings: { gecko: { id: 'x@example.org', strict_min_version: '78.0' } } }),
    });
    expect(resolveRuntimeTarget(undefined, dir)).toEqual({
      abortSignalTimeout: false,
      abortSignalAny: false,
      source: 'package.json engines.node ">=20.3" and the extension manifests\' minimum browsers "chrome >= 106.0, firefox >= 78.0" (src/manifest-chrome-mv3.json, src/manifest-firefox.json)',
      nodeCode: { abortSignalTimeout: true, abortSignalAny: true, source: 'package.json engines.node ">=20.3"' },
    });
    const target = resolveRuntimeTarget(undefined, dir);
    const lint = (file: string, raw: string) =>
      lintSource({ raw, filePath: file, displayPath: file, rules: [{ rule: fetchTimeout, options: resolveRuleOptions(fetchTimeout, {}) }], settings: { ...DEFAULT_SETTINGS, target }, applyLevels: new Set(['auto']) }).findings.map((finding) => finding.fix);
    const code = "export async function load(url) {\n  const res = await fetch(url);\n  return res.json();\n}\n";
    expect(lint('src/background/news.js', code)).toEqual(['none']);
    expect(lint('tasks/integrity.js', `import fs from 'node:fs';\n${code}`)).toEqual(['auto']);
  });

  it('keeps the APIs for manifests whose browsers have them, and reads the older applications key, per-browser extras and Safari', () => {
    const recent = makeProject({
      'package.json': '{}',
      'source/manifest.json': JSON.stringify({ manifest_version: 3, minimum_chrome_version: '123', browser_specific_settings: { gecko: { strict_min_version: '128.0' } } }),
    });
    expect(resolveRuntimeTarget(undefined, recent)).toMatchObject({ abortSignalTimeout: true, abortSignalAny: true });
    const extras = makeProject({
      'package.json': '{}',
      'manifest/manifest.json': JSON.stringify({ manifest_version: 3 }),
      'manifest/firefox-manifest-extra.json': JSON.stringify({ applications: { gecko: { strict_min_version: '102.0' } } }),
    });
    expect(resolveRuntimeTarget(undefined, extras)).toMatchObject({ abortSignalTimeout: true, abortSignalAny: false });
    const safari = { 'package.json': '{}', 'manifest/safari-manifest-extra.json': JSON.stringify({ browser_specific_settings: { safari: { strict_min_version: '14.0' } } }) };
    expect(resolveRuntimeTarget(undefined, makeProject({ ...safari, 'manifest/manifest.json': JSON.stringify({ manifest_version: 3 }) }))).toMatchObject({ abortSignalTimeout: false, abortSignalAny: false });
    // A subfolder without a manifest.json is not listed (nor is every other folder of the package)
    expect(resolveRuntimeTarget(undefined, makeProject(safari))).toEqual(DEFAULT_SETTINGS.target);
  });

  it('ignores a web app manifest, a manifest without minimum versions, and manifests deeper than one folder', () => {
    const pwa = makeProject({ 'package.json': '{}', 'public/manifest.json': JSON.stringify({ name: 'App', start_url: '/', display: 'standalone' }) });
    expect(resolveRuntimeTarget(undefined, pwa)).toEqual(DEFAULT_SETTINGS.target);
    const noMinimum = makeProject({ 'package.json': '{}', 'src/manifest.json': JSON.stringify({ manifest_version: 3, name: 'x' }) });
    expect(resolveRuntimeTarget(undefined, noMinimum)).toEqual(DEFAULT_SETTINGS.target);
    const deep = makeProject({ 'package.json': '{}', 'src/a/manifest.json': JSON.stringify({ manifest_version: 2, applications: { gecko: { strict_min_version: '60.0' } } }) });
    expect(resolveRuntimeTarget(undefined, deep)).toEqual(DEFAULT_SETTINGS.target);
  });
});

describe('resolveRuntimeTarget in a React Native package', () => {
  it('holds a .web platform file to the browsers (Metro never bundles it), every other file to Hermes', () => {
    const lint = (dir: string, file: string, raw: string) => {
      const target = resolveRuntimeTarget(undefined, dir);
      return lintSource({ raw, filePath: file, displayPath: file, rules: [{ rule: fetchTimeout, options: resolveRuleOptions(fetchTimeout, {}) }], settings: { ...DEFAULT_SETTINGS, target }, applyLevels: new Set(['auto']) }).findings.map((finding) => finding.fix);
    };
    const code = "export async function load() {\n  const res = await fetch('https://example.com/a');\n  return res.json();\n}\n";
    const app = makeProject({ 'package.json': JSON.stringify({ dependencies: { 'react-native': '0.81.5' } }) });
    expect(resolveRuntimeTarget(undefined, app)).toMatchObject({ abortSignalTimeout: false, source: 'package.json depends on react-native (Hermes)' });
    for (const file of ['src/load.web.ts', 'src/Load.web.tsx', 'src/load.web.js']) expect(lint(app, file, code), file).toEqual(['auto']);
    // Hermes runs the shared and native files; a Node built-in's name may be an npm polyfill there
    for (const file of ['src/load.ts', 'src/load.native.ts', 'src/load.ios.ts', 'src/web/load.ts', 'src/load.website.ts']) expect(lint(app, file, code), file).toEqual(['none']);
    expect(lint(app, 'src/load.ts', `import { EventEmitter } from 'events';\n${code}`)).toEqual(['none']);
    // The package's browserslist decides for its web build
    const old = makeProject({ 'package.json': JSON.stringify({ dependencies: { 'react-native': '0.81.5' }, browserslist: ['safari 15'] }) });
    expect(lint(old, 'src/load.web.ts', code)).toEqual(['none']);
  });
});

describe('resolveRuntimeTarget in a monorepo workspace', () => {
  const pkg = (value: object): string => JSON.stringify(value);

  it('takes the runtime of a React Native app that uses the package, directly or through another workspace package', () => {
    const root = makeProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'package.json': pkg({ private: true, workspaces: ['apps/*', 'packages/*'] }),
      'apps/web/package.json': pkg({ name: '@acme/web', dependencies: { next: '15', '@acme/router': '*' } }),
      'apps/mobile/package.json': pkg({ name: '@acme/mobile', dependencies: { 'react-native': '0.81.5', '@acme/router': '*' } }),
      'packages/router/package.json': pkg({ name: '@acme/router', dependencies: { '@acme/lib': '*' } }),
      'packages/lib/package.json': pkg({ name: '@acme/lib' }),
      'packages/server-only/package.json': pkg({ name: '@acme/server-only' }),
    });
    const router = resolveRuntimeTarget(undefined, path.join(root, 'packages/router'));
    expect(router).toMatchObject({ abortSignalTimeout: false, abortSignalAny: false });
    expect(router.source).toBe('workspace package @acme/mobile uses this one: its package.json depends on react-native (Hermes)');
    // Used by the router, which the mobile app uses: runs on Hermes too
    expect(resolveRuntimeTarget(undefined, path.join(root, 'packages/lib'))).toMatchObject({ abortSignalTimeout: false, abortSignalAny: false });
    // Used by no one: its own (default) target
    expect(resolveRuntimeTarget(undefined, path.join(root, 'packages/server-only'))).toEqual(DEFAULT_SETTINGS.target);
    // The web app itself is not narrowed by its sibling
    expect(resolveRuntimeTarget(undefined, path.join(root, 'apps/web'))).toEqual(DEFAULT_SETTINGS.target);
  });

  it('reads pnpm-workspace.yaml and keeps the API every consumer has (engines.node of a server consumer)', () => {
    const root = makeProject({
      'pnpm-workspace.yaml': "packages:\n  - 'services/*'\n  - 'shared/**'\n  - '!shared/ignored'\n",
      'package.json': pkg({ private: true }),
      'services/api/package.json': pkg({ name: 'api', engines: { node: '>=18.0.0' }, dependencies: { 'shared-http': 'workspace:*' } }),
      'shared/http/package.json': pkg({ name: 'shared-http' }),
      'shared/ignored/package.json': pkg({ name: 'ignored', dependencies: { 'react-native': '0.75.0', 'shared-http': 'workspace:*' } }),
    });
    const target = resolveRuntimeTarget(undefined, path.join(root, 'shared/http'));
    expect(target).toMatchObject({ abortSignalTimeout: true, abortSignalAny: false });
    expect(target.source).toBe('workspace package api uses this one: its package.json engines.node ">=18.0.0"');
  });

  it("narrows a package's Node code by the Node code of the packages that use it", () => {
    const root = makeProject({
      'package.json': pkg({ private: true, workspaces: ['apps/*', 'packages/*'] }),
      'apps/server/package.json': pkg({ name: 'server', engines: { node: '>=18.0.0' }, dependencies: { tools: '*' } }),
      'packages/tools/package.json': pkg({ name: 'tools', browserslist: ['safari 15'] }),
    });
    const target = resolveRuntimeTarget(undefined, path.join(root, 'packages/tools'));
    expect(target).toMatchObject({ abortSignalTimeout: false, abortSignalAny: false });
    // Its Node code runs in the server, on Node 18: AbortSignal.timeout, not AbortSignal.any.
    expect(target.nodeCode).toEqual({ abortSignalTimeout: true, abortSignalAny: false, source: 'workspace package server uses this one: its package.json engines.node ">=18.0.0"' });
  });

  it("gives a Node library that names no browsers the Node code of a web app that uses it, not the app's browsers", () => {
    // real-world: overleaf's @overleaf/metrics (no browserslist, no engines) used by @overleaf/web (browserslist "safari >= 15")
    const root = makeProject({
      'package.json': pkg({ private: true, workspaces: ['services/*', 'libraries/*'] }),
      'services/web/package.json': pkg({ name: 'web', browserslist: ['safari 15'], dependencies: { metrics: '*' } }),
      'libraries/metrics/package.json': pkg({ name: 'metrics' }),
    });
    const target = resolveRuntimeTarget(undefined, path.join(root, 'libraries/metrics'));
    // A file with no Node built-in may be bundled into the app's pages: their browsers.
    expect(target).toMatchObject({ abortSignalTimeout: false, abortSignalAny: false });
    // Its Node code runs on the app's server: no browser takes an API away there.
    expect(target.nodeCode).toEqual(DEFAULT_SETTINGS.target);
    // A consumer with no browsers of its own leaves nothing to narrow.
    const plain = makeProject({
      'package.json': pkg({ private: true, workspaces: ['apps/*', 'libs/*'] }),
      'apps/api/package.json': pkg({ name: 'api', dependencies: { util: '*' } }),
      'libs/util/package.json': pkg({ name: 'util' }),
    });
    expect(resolveRuntimeTarget(undefined, path.join(plain, 'libs/util'))).toEqual(DEFAULT_SETTINGS.target);
  });

  it("holds a workspace package without engines of its own to the root's engines.node: all of a Node program (bin), the Node code of the rest", () => {
    const root = makeProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'package.json': pkg({ private: true, workspaces: ['apps/*', 'libs/*'], engines: { node: '~18', npm: '~9' } }),
      'apps/cli/package.json': pkg({ name: '@acme/cli', bin: { acme: 'build/acme.js' }, dependencies: { 'node-fetch': '2.6.12' } }),
      'apps/web/package.json': pkg({ name: '@acme/web', dependencies: { rxjs: '7' } }),
      'apps/server/package.json': pkg({ name: '@acme/server', bin: { serve: 'serve.js' }, engines: { node: '>=20.3' } }),
    });
    // The CLI runs on Node 18.0 or later: AbortSignal.timeout, not AbortSignal.any
    expect(resolveRuntimeTarget(undefined, path.join(root, 'apps/cli'))).toEqual({
      abortSignalTimeout: true,
      abortSignalAny: false,
      source: 'the workspace root\'s package.json engines.node "~18"',
      // its node-fetch 2.6.12 takes its own `timeout` option
      nodeFetchV2: true,
    });
    // A browser app keeps its browsers; only a file of it that imports a Node built-in runs on that Node
    expect(resolveRuntimeTarget(undefined, path.join(root, 'apps/web'))).toEqual({
      ...DEFAULT_SETTINGS.target,
      nodeCode: { abortSignalTimeout: true, abortSignalAny: false, source: 'the workspace root\'s package.json engines.node "~18"' },
    });
    // A package that declares its own engines.node is held to it alone
    expect(resolveRuntimeTarget(undefined, path.join(root, 'apps/server'))).toMatchObject({ abortSignalTimeout: true, abortSignalAny: true });
  });

  it('leaves an explicit target as configured', () => {
    const root = makeProject({
      'package.json': pkg({ private: true, workspaces: ['apps/*', 'packages/*'] }),
      'apps/mobile/package.json': pkg({ name: 'mobile', dependencies: { 'react-native': '0.81.5', router: '*' } }),
      'packages/router/package.json': pkg({ name: 'router' }),
    });
    expect(resolveRuntimeTarget({ node: '22' }, path.join(root, 'packages/router'))).toMatchObject({ abortSignalTimeout: true, abortSignalAny: true });
  });
});

describe('engines.node ranges', () => {
  it('reads a space between the operator and the version (SillyTavern\'s ">= 18")', () => {
    const dir = makeProject({ 'package.json': JSON.stringify({ engines: { node: '>= 18' } }) });
    expect(resolveRuntimeTarget(undefined, dir)).toEqual({ abortSignalTimeout: true, abortSignalAny: false, source: 'package.json engines.node ">= 18"' });
    const old = makeProject({ 'package.json': JSON.stringify({ engines: { node: '^ 16.0.0 || >= 18' } }) });
    expect(resolveRuntimeTarget(undefined, old)).toMatchObject({ abortSignalTimeout: false, abortSignalAny: false });
  });
});

describe('resolveRuntimeTarget through an enclosing package', () => {
  const pkg = (value: object): string => JSON.stringify(value);

  it('takes the runtime of the enclosing app for a package.json that only names a folder (an import alias)', () => {
    const root = makeProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'package.json': pkg({ name: 'pocket-app', dependencies: { 'react-native': '0.72.0' } }),
      'src/theme/package.json': pkg({ name: '@theme' }),
    });
    // The app's `.web` files are browser code there too (Metro never bundles them)
    expect(resolveRuntimeTarget(undefined, path.join(root, 'src/theme'))).toEqual({
      abortSignalTimeout: false,
      abortSignalAny: false,
      source: 'package.json depends on react-native (Hermes)',
      webCode: {
        abortSignalTimeout: true,
        abortSignalAny: true,
        source: 'current browsers (a .web file of a react-native package; no browserslist)',
      },
    });
  });

  it('keeps its own runtime for a nested package that declares one, and stops at the repository root', () => {
    const root = makeProject({
      'package.json': pkg({ name: 'outer', dependencies: { 'react-native': '0.72.0' } }),
      'tools/package.json': pkg({ name: 'tools', dependencies: { chalk: '5' } }),
      'repo/.git/HEAD': 'ref: refs/heads/main\n',
      'repo/package.json': pkg({ name: 'alias-only' }),
    });
    expect(resolveRuntimeTarget(undefined, path.join(root, 'tools'))).toEqual(DEFAULT_SETTINGS.target);
    expect(resolveRuntimeTarget(undefined, path.join(root, 'repo'))).toEqual(DEFAULT_SETTINGS.target);
  });

  it("runs an Electron app's code on its Electron: AbortSignal.timeout from 20, AbortSignal.any from 27", () => {
    const at = (version: string) => resolveRuntimeTarget(undefined, makeProject({ 'package.json': pkg({ name: 'desk', devDependencies: { electron: version } }) }));
    expect(at('17.4.2')).toEqual({ abortSignalTimeout: false, abortSignalAny: false, source: 'package.json depends on electron "17.4.2"' });
    expect(at('^22.0.0')).toMatchObject({ abortSignalTimeout: true, abortSignalAny: false });
    expect(at('^28.1.0')).toMatchObject({ abortSignalTimeout: true, abortSignalAny: true });
    const withEngines = makeProject({ 'package.json': pkg({ engines: { node: '>=16.0.0' }, devDependencies: { electron: '^30.0.0' } }) });
    expect(resolveRuntimeTarget(undefined, withEngines)).toMatchObject({ abortSignalTimeout: false, abortSignalAny: false });
  });

  it("gives the app directory of an electron-builder app (two package.json files) the enclosing app's Electron", () => {
    const root = makeProject({
      '.git/HEAD': 'ref: refs/heads/main\n',
      'package.json': pkg({ name: 'desk', main: './app/dist/main.js', devDependencies: { electron: '18.0.0', 'electron-builder': '23' }, build: { appId: 'org.example.desk' } }),
      'app/package.json': pkg({ name: 'desk', main: './dist/main.js', dependencies: { 'native-store': '^1.0.0' } }),
      'server/package.json': pkg({ name: 'desk-server', dependencies: { express: '4' } }),
      'custom/package.json': pkg({ name: 'other', devDependencies: { electron: '18.0.0' }, build: { directories: { app: 'bundle' } } }),
      'custom/bundle/package.json': pkg({ name: 'other-app', dependencies: { 'native-store': '^1.0.0' } }),
      'custom/app/package.json': pkg({ name: 'not-the-app', dependencies: { 'native-store': '^1.0.0' } }),
    });
    expect(resolveRuntimeTarget(undefined, path.join(root, 'app'))).toMatchObject({ abortSignalTimeout: false, source: 'package.json depends on electron "18.0.0"' });
    expect(resolveRuntimeTarget(undefined, path.join(root, 'custom/bundle'))).toMatchObject({ abortSignalTimeout: false });
    // Not the app directory: its own runtime
    expect(resolveRuntimeTarget(undefined, path.join(root, 'server'))).toEqual(DEFAULT_SETTINGS.target);
    expect(resolveRuntimeTarget(undefined, path.join(root, 'custom/app'))).toEqual(DEFAULT_SETTINGS.target);
  });
});

describe('resolveRuntimeTarget: node-fetch v2', () => {
  it('marks a project whose node-fetch can only be v2 (its own `timeout` option), and no other', () => {
    const project = (range: string) => makeProject({ '.git/HEAD': '', 'package.json': JSON.stringify({ engines: { node: '>=14' }, dependencies: { 'node-fetch': range } }) });
    expect(resolveRuntimeTarget(undefined, project('^2.6.7'))).toMatchObject({ abortSignalTimeout: false, nodeFetchV2: true });
    expect(resolveRuntimeTarget(undefined, project('^3.3.2')).nodeFetchV2).toBeUndefined();
    expect(resolveRuntimeTarget(undefined, project('^2.6.7 || ^3.0.0')).nodeFetchV2).toBeUndefined();
  });
});
