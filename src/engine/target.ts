/**
 * Which abort APIs the fixed code may use, from the project's declared runtime: the unleak
 * config's `target`, else package.json `engines.node`, the project's `browserslist`
 * (browserslist-target.ts), a browser extension's manifests (extension-manifest-target.ts) and
 * a `react-native` dependency (Hermes has neither `AbortSignal.timeout` nor `AbortSignal.any`)
 * or an `electron` one (its Node and Chromium); a package.json that declares no runtime (an import-alias manifest) or is an Electron app's app
 * directory also takes the runtime of the package enclosing it; a workspace package of a monorepo
 * also takes the runtimes of the workspace packages that use it (workspace-consumers.ts). Never
 * emit an API the target lacks, nor one the project's installed type declarations lack (the fixed code must
 * type-check where the input did; see type-declarations.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { TargetConfig } from './config';
import { DEFAULT_SETTINGS, type ErrorTracker, type RuntimeTarget } from '../core/rule';
import { BROWSER_SUPPORT, readBrowserslistSupport } from './browserslist-target';
import { readExtensionManifestSupport } from './extension-manifest-target';
import { isPackageOfMajorOnly, readAngularMajor, readPackageVersion, readVueMajor } from './package-version';
import { readChecksJavaScript, readDeclaredAbortApis, readTimerDelayRequired, type DeclaredAbortApis } from './type-declarations';
import { findWorkspaceConsumers, findWorkspaceRoot } from './workspace-consumers';
import { readJsonObject } from './read-json';
import { electronRange, enclosingPackageDir, isElectronAppDirectory } from './electron-app';

type Version = [number, number, number];

/** First versions with each API (MDN / Node.js docs). Node had backports to older lines. */
const NODE_SUPPORT = {
  abortSignalTimeout: (v: Version) => atLeast(v, [17, 3, 0]) || (v[0] === 16 && atLeast(v, [16, 14, 0])),
  abortSignalAny: (v: Version) => atLeast(v, [20, 3, 0]) || (v[0] === 18 && atLeast(v, [18, 17, 0])),
};

function atLeast(v: Version, min: Version): boolean {
  for (let i = 0; i < 3; i++) if (v[i] !== min[i]) return v[i]! > min[i]!;
  return true;
}

function parseVersion(text: string): Version | null {
  const match = /(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?/.exec(text);
  if (!match) return null;
  const part = (s: string | undefined): number => (s && /^\d+$/.test(s) ? Number(s) : 0);
  return [Number(match[1]), part(match[2]), part(match[3])];
}

/** The lowest version a semver range such as `>=18.17 || ^20` admits (`null` when unknown). */
export function lowestVersionOf(range: string): Version | null {
  let lowest: Version | null = null;
  for (const alternative of range.split('||')) {
    // Case: `>= 18`: npm's ranges allow a space between the operator and the version
    const trimmed = alternative.trim().replace(/([<>]=?|=|\^|~)\s+(?=\d)/g, '$1');
    if (trimmed === '' || trimmed === '*' || /^<(?!=)/.test(trimmed)) return null;
    const lowerBound = trimmed.split(/\s+(?=[<>=^~\d])/).find((part) => !part.startsWith('<')) ?? trimmed;
    const version = parseVersion(lowerBound);
    if (!version) return null;
    if (lowerBound.startsWith('>') && !lowerBound.startsWith('>=')) version[2] += 1;
    if (!lowest || !atLeast(version, lowest)) lowest = version;
  }
  return lowest;
}

function readPackageJson(dir: string): Record<string, unknown> | null {
  return readJsonObject(path.join(dir, 'package.json'));
}

function fromConfig(target: TargetConfig): RuntimeTarget {
  let timeout = true;
  let any = true;
  const sources: string[] = [];
  if (target.hermes) {
    return { abortSignalTimeout: false, abortSignalAny: false, source: 'config target.hermes' };
  }
  if (target.node) {
    const version = lowestVersionOf(target.node);
    if (version) {
      timeout &&= NODE_SUPPORT.abortSignalTimeout(version);
      any &&= NODE_SUPPORT.abortSignalAny(version);
      sources.push(`node ${target.node}`);
    }
  }
  for (const [browser, value] of Object.entries(target.browsers ?? {})) {
    const support = BROWSER_SUPPORT[browser.toLowerCase()];
    const version = Number(value);
    if (!support || !Number.isFinite(version)) {
      // An unknown browser may lack both APIs.
      timeout = false;
      any = false;
    } else {
      timeout &&= version >= support.timeout;
      any &&= version >= support.any;
    }
    sources.push(`${browser} ${value}`);
  }
  return { abortSignalTimeout: timeout, abortSignalAny: any, source: `config target (${sources.join(', ') || 'empty'})` };
}

/**
 * The target narrowed to the APIs the project's type declarations have; with what the runtime
 * has kept for the JavaScript files the checker does not check (unless `checkJs` is on).
 */
function withinDeclarations(target: RuntimeTarget, declared: DeclaredAbortApis | null, checksJavaScript: boolean): RuntimeTarget {
  if (target.nodeCode || target.webCode) {
    const { nodeCode, webCode, ...rest } = target;
    return {
      ...withinDeclarations(rest, declared, checksJavaScript),
      ...(nodeCode ? { nodeCode: withinDeclarations(nodeCode, declared, checksJavaScript) } : {}),
      ...(webCode ? { webCode: withinDeclarations(webCode, declared, checksJavaScript) } : {}),
    };
  }
  if (!declared || ((declared.timeout || !target.abortSignalTimeout) && (declared.any || !target.abortSignalAny))) return target;
  return {
    abortSignalTimeout: target.abortSignalTimeout && declared.timeout,
    abortSignalAny: target.abortSignalAny && declared.any,
    source: `types of ${declared.source}`,
    ...(checksJavaScript ? {} : { uncheckedJavaScript: { abortSignalTimeout: target.abortSignalTimeout, abortSignalAny: target.abortSignalAny, source: target.source } }),
  };
}

/** Resolves the target for a run in `projectDir` (where package.json lives). */
/**
 * A `target` setting given as config (`{ "node": "18.0" }`, resolved for `projectDir`) or
 * already resolved (`{ "abortSignalTimeout": true, "abortSignalAny": false, "source": "…" }`,
 * used as given), as the jscodeshift transform's `--target` and the ESLint plugin's
 * `settings.unleak.target` take it.
 */
export function resolveTargetSetting(target: TargetConfig | RuntimeTarget | undefined, projectDir: string): RuntimeTarget {
  if (target && typeof (target as RuntimeTarget).abortSignalTimeout === 'boolean') return target as RuntimeTarget;
  return resolveRuntimeTarget(target as TargetConfig | undefined, projectDir);
}

export function resolveRuntimeTarget(config: TargetConfig | undefined, projectDir: string): RuntimeTarget {
  let target = withinDeclarations(resolveDeclaredRuntime(config, projectDir), readDeclaredAbortApis(projectDir), readChecksJavaScript(projectDir));
  if (readTimerDelayRequired(projectDir)) target = { ...target, timerDelayRequired: true };
  const angularMajor = readAngularMajor(projectDir);
  if (angularMajor !== null) target = { ...target, angularMajor };
  const vueMajor = readVueMajor(projectDir);
  if (vueMajor !== null) target = { ...target, vueMajor };
  // axios added `signal` in 0.22.0; older ones drop it without a word
  const axios = readPackageVersion(projectDir, 'axios');
  if (axios !== null && axios[0] === 0 && axios[1] < 22) target = { ...target, axiosWithoutSignal: true };
  // node-fetch v2 honours its own `timeout` option; v3 removed it
  if (isPackageOfMajorOnly(projectDir, 'node-fetch', 2)) target = { ...target, nodeFetchV2: true };
  const errorTrackers = readErrorTrackers(projectDir);
  return errorTrackers.length === 0 ? target : { ...target, errorTrackers };
}

/**
 * Error-tracker SDKs that report unhandled rejections by default, and where each one runs: a
 * Node SDK (`@sentry/node`) reports the server's rejections, not the pages' the same package
 * serves; a browser SDK (`@sentry/react`) the pages'; a framework or Electron SDK both sides.
 * A package of a tracker's family that is no SDK (`@sentry/cli`, `@sentry/webpack-plugin`,
 * `@sentry/types`, `@bugsnag/source-maps`) reports nothing.
 */
const TRACKER_SDKS: Record<string, ErrorTracker['runs']> = {
  ...Object.fromEntries(['node', 'bun', 'deno', 'aws-serverless', 'google-cloud-serverless', 'serverless', 'nestjs'].map((name) => [`@sentry/${name}`, 'node' as const])),
  ...Object.fromEntries(['browser', 'react', 'vue', 'angular', 'angular-ivy', 'svelte', 'ember', 'solid', 'capacitor', 'cordova'].map((name) => [`@sentry/${name}`, 'browser' as const])),
  ...Object.fromEntries(['nextjs', 'nuxt', 'sveltekit', 'remix', 'astro', 'electron', 'react-native', 'gatsby', 'solidstart'].map((name) => [`@sentry/${name}`, 'both' as const])),
  '@bugsnag/js': 'both', '@bugsnag/node': 'node', '@bugsnag/browser': 'browser', '@bugsnag/react-native': 'both', '@bugsnag/expo': 'both', '@bugsnag/electron': 'both',
  bugsnag: 'node', 'bugsnag-js': 'browser',
  rollbar: 'both', '@rollbar/react': 'browser',
  raven: 'node', 'raven-js': 'browser',
  '@honeybadger-io/js': 'both', '@honeybadger-io/react': 'browser', '@honeybadger-io/vue': 'browser',
  '@datadog/browser-rum': 'browser', '@datadog/browser-logs': 'browser',
  '@airbrake/browser': 'browser', '@airbrake/node': 'node',
  '@appsignal/nodejs': 'node', '@appsignal/javascript': 'browser',
};

/**
 * Another package of a tracker's family (`@sentry/cloudflare`, `@sentry/vercel-edge`, a newer SDK)
 * is taken for an SDK of both sides — unless its name says it is a tool or a part (a CLI, a build
 * plugin, types, the shared core, an add-on integration, source maps, a setup wizard).
 */
const TRACKER_FAMILY = /^@(?:sentry|bugsnag|honeybadger-io|rollbar|airbrake|appsignal)\/([\w.-]+)$/;
const TRACKER_TOOL = /^(?:cli|wizard|types|core|utils|integrations?|hub|minimal|tracing|replay|feedback|profiling-node|source-maps?|[\w.-]*-plugin|plugin-[\w.-]+|bundler-[\w.-]+|[\w.-]*-loader|opentelemetry[\w.-]*|node-core|browser-utils)$/;

function trackerRuns(name: string): ErrorTracker['runs'] | null {
  if (Object.hasOwn(TRACKER_SDKS, name)) return TRACKER_SDKS[name]!;
  const member = TRACKER_FAMILY.exec(name)?.[1];
  return member !== undefined && !TRACKER_TOOL.test(member) ? 'both' : null;
}

/** The error-tracker SDKs among the package's dependencies, by name. */
function readErrorTrackers(projectDir: string): ErrorTracker[] {
  const pkg = readPackageJson(projectDir);
  if (!pkg) return [];
  const names = [...Object.keys((pkg.dependencies as object | undefined) ?? {}), ...Object.keys((pkg.devDependencies as object | undefined) ?? {})];
  return [...new Set(names)].sort().flatMap((name) => {
    const runs = trackerRuns(name);
    return runs === null ? [] : [{ name, runs }];
  });
}

function resolveDeclaredRuntime(config: TargetConfig | undefined, projectDir: string): RuntimeTarget {
  if (config) return fromConfig(config);
  const own = withinWorkspaceRootNode(readRuntimeWithEnclosing(projectDir), projectDir);
  // Case: a workspace package of a monorepo: its code also runs where the packages that use it run
  const consumers = findWorkspaceConsumers(projectDir).map(({ name, dir }) => ({ name, target: readOwnRuntime(dir) }));
  const { nodeCode: ownNode, webCode: ownWeb, ...ownApis } = own;
  const target = withinConsumers(ownApis, consumers);
  const same = (code: RuntimeTarget) => code.abortSignalTimeout === target.abortSignalTimeout && code.abortSignalAny === target.abortSignalAny;
  // Node code runs where the consumers' Node code runs (their engines, not their browsers) —
  // also when the package itself names no browsers: a Node library (`@overleaf/metrics`, no
  // browserslist) that a web app with a browserslist uses runs its Node files (those importing a
  // Node built-in) on that app's server, not in its browsers.
  const nodeCode = ownNode || consumers.some(({ target: consumer }) => consumer.nodeCode) ? withinConsumers({ ...(ownNode ?? ownApis) }, consumers.map(({ name, target: consumer }) => ({ name, target: consumer.nodeCode ?? consumer }))) : null;
  // A `.web.` file runs where the consumers' web code runs (their browsers, not Hermes).
  const webCode = ownWeb ? withinConsumers({ ...ownWeb }, consumers.map(({ name, target: consumer }) => ({ name, target: consumer.webCode ?? consumer }))) : null;
  return { ...target, ...(nodeCode && !same(nodeCode) ? { nodeCode } : {}), ...(webCode && !same(webCode) ? { webCode } : {}) };
}

type Apis = { abortSignalTimeout: boolean; abortSignalAny: boolean; source: string };

/**
 * A workspace package with no `engines.node` of its own runs on the Node its workspace root's
 * `engines.node` names: a monorepo states its Node once, at the root (npm checks it for every
 * install in the repository). That Node narrows the package's Node code (a file that imports a
 * Node built-in), and the whole package when the package is a Node program (it declares a `bin`
 * command). Real-world: a password manager's CLI package (`bin: { bw }`, no engines) under a root
 * with `engines.node "~18"` got `AbortSignal.any`, which Node 18.0–18.16 lacks.
 */
function withinWorkspaceRootNode(own: RuntimeTarget, projectDir: string): RuntimeTarget {
  const pkg = readPackageJson(projectDir);
  if (!pkg || (pkg.engines as Record<string, unknown> | undefined)?.node !== undefined) return own;
  const root = findWorkspaceRoot(projectDir);
  const range = root === null ? undefined : (readPackageJson(root)?.engines as Record<string, unknown> | undefined)?.node;
  const version = typeof range === 'string' ? lowestVersionOf(range) : null;
  if (!version) return own;
  const node: Apis = {
    abortSignalTimeout: NODE_SUPPORT.abortSignalTimeout(version),
    abortSignalAny: NODE_SUPPORT.abortSignalAny(version),
    source: `the workspace root's package.json engines.node "${range as string}"`,
  };
  const narrow = (apis: Apis): Apis => {
    if ((!apis.abortSignalTimeout || node.abortSignalTimeout) && (!apis.abortSignalAny || node.abortSignalAny)) return apis;
    return {
      abortSignalTimeout: apis.abortSignalTimeout && node.abortSignalTimeout,
      abortSignalAny: apis.abortSignalAny && node.abortSignalAny,
      source: apis.source === DEFAULT_SETTINGS.target.source ? node.source : `${apis.source} and ${node.source}`,
    };
  };
  const { nodeCode, webCode, ...apis } = own;
  const top = pkg.bin !== undefined ? narrow(apis) : apis;
  const nodeNarrowed = narrow(nodeCode ?? apis);
  const same = nodeNarrowed.abortSignalTimeout === top.abortSignalTimeout && nodeNarrowed.abortSignalAny === top.abortSignalAny;
  return { ...top, ...(same ? {} : { nodeCode: nodeNarrowed }), ...(webCode ? { webCode } : {}) };
}

/** `own` narrowed to the APIs every workspace package that uses it has. */
function withinConsumers(own: RuntimeTarget, consumers: readonly { name: string; target: RuntimeTarget }[]): RuntimeTarget {
  const narrowing = consumers.filter(({ target }) => (own.abortSignalTimeout && !target.abortSignalTimeout) || (own.abortSignalAny && !target.abortSignalAny));
  if (narrowing.length === 0) return own;
  return {
    abortSignalTimeout: own.abortSignalTimeout && narrowing.every(({ target }) => target.abortSignalTimeout),
    abortSignalAny: own.abortSignalAny && narrowing.every(({ target }) => target.abortSignalAny),
    source: [
      ...(own.source === DEFAULT_SETTINGS.target.source ? [] : [own.source]),
      ...narrowing.map(({ name, target }) => `workspace package ${name} uses this one: its ${target.source}`),
    ].join(' and '),
  };
}

/**
 * The runtime of the package in `projectDir`, with that of the package enclosing it where the
 * enclosing one decides it (see `enclosingRuntimeDir`): the APIs both have.
 */
function readRuntimeWithEnclosing(projectDir: string): RuntimeTarget {
  let target = readOwnRuntime(projectDir);
  for (let dir: string | null = enclosingRuntimeDir(projectDir), depth = 0; dir !== null && depth < 8; dir = enclosingRuntimeDir(dir), depth++) {
    target = withinEnclosing(target, readOwnRuntime(dir));
  }
  return target;
}

/** `own` narrowed to what `outer` has (its `nodeCode` too); `outer` as it is when `own` declares nothing. */
function withinEnclosing(own: RuntimeTarget, outer: RuntimeTarget): RuntimeTarget {
  if (own.source === DEFAULT_SETTINGS.target.source) return outer;
  if (outer.source === DEFAULT_SETTINGS.target.source) return own;
  const both = (a: RuntimeTarget, b: RuntimeTarget): RuntimeTarget => ({
    abortSignalTimeout: a.abortSignalTimeout && b.abortSignalTimeout,
    abortSignalAny: a.abortSignalAny && b.abortSignalAny,
    source: `${a.source} and ${b.source}`,
  });
  const target = both(own, outer);
  if (!own.nodeCode && !outer.nodeCode) return target;
  const nodeCode = both(own.nodeCode ?? own, outer.nodeCode ?? outer);
  return nodeCode.abortSignalTimeout === target.abortSignalTimeout && nodeCode.abortSignalAny === target.abortSignalAny ? target : { ...target, nodeCode };
}

/** The fields by which a package.json says what its code runs on or with. */
const RUNTIME_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies', 'engines', 'browserslist', 'workspaces'];

/**
 * The folder of the package enclosing the one in `projectDir` whose runtime is also this one's,
 * or `null` (never above the repository root):
 * - the package.json in `projectDir` declares nothing of its runtime (no dependencies of any
 *   kind, engines, browserslist, workspaces): a manifest that only names a folder, as React
 *   Native apps put in their source folders for import aliases (`{ "name": "@theme" }`);
 * - `projectDir` is the app directory of an enclosing Electron app (electron-builder's
 *   two-package.json layout: `build.directories.app`, by default `app` or `www`): its code runs
 *   in the Electron the enclosing package depends on.
 */
function enclosingRuntimeDir(projectDir: string): string | null {
  const enclosing = enclosingPackageDir(projectDir);
  const pkg = enclosing === null ? null : readPackageJson(projectDir);
  if (!pkg) return null;
  const declaresRuntime = RUNTIME_FIELDS.some((field) => pkg[field] !== undefined) || fs.existsSync(path.join(projectDir, '.browserslistrc'));
  return !declaresRuntime || isElectronAppDirectory(projectDir) ? enclosing : null;
}

/**
 * Electron runs its main process on its own Node and its windows on its own Chromium, whatever
 * the machine has: `AbortSignal.timeout` is in both from Electron 20 (Node 16.15, Chrome 104),
 * `AbortSignal.any` from Electron 27 (Node 18.17, Chrome 118; Electron 26 has Chrome 116 but
 * Node 18.16).
 */
const ELECTRON_SUPPORT = {
  abortSignalTimeout: (v: Version) => v[0] >= 20,
  abortSignalAny: (v: Version) => v[0] >= 27,
};

/** The runtime the package in `projectDir` declares itself (its consumers aside). */
function readOwnRuntime(projectDir: string): RuntimeTarget {
  const pkg = readPackageJson(projectDir);
  if (!pkg) return DEFAULT_SETTINGS.target;
  const dependencies = { ...(pkg.dependencies as object), ...(pkg.peerDependencies as object) } as Record<string, unknown>;
  let node: RuntimeTarget | null = null;
  const range = (pkg.engines as Record<string, unknown> | undefined)?.node;
  if (typeof range === 'string') {
    const version = lowestVersionOf(range);
    if (version) {
      node = {
        abortSignalTimeout: NODE_SUPPORT.abortSignalTimeout(version),
        abortSignalAny: NODE_SUPPORT.abortSignalAny(version),
        source: `package.json engines.node "${range}"`,
      };
    }
  }
  // Case: an Electron app: its code runs on the Node and the Chromium of its Electron
  const electron = electronRange(pkg);
  const electronVersion = electron === null ? null : lowestVersionOf(electron);
  if (electronVersion) {
    const source = `package.json depends on electron "${electron}"`;
    node = {
      abortSignalTimeout: ELECTRON_SUPPORT.abortSignalTimeout(electronVersion) && (node?.abortSignalTimeout ?? true),
      abortSignalAny: ELECTRON_SUPPORT.abortSignalAny(electronVersion) && (node?.abortSignalAny ?? true),
      source: node ? `${node.source} and ${source}` : source,
    };
  }
  // Case: browser code: the browsers the project supports (see browserslist-target.ts)
  const found = readBrowserslistSupport(projectDir, pkg);
  // Case: a browser extension: the oldest browsers its manifests name (extension-manifest-target.ts)
  const manifests = readExtensionManifestSupport(projectDir, pkg);
  const browsers: RuntimeTarget | null = found || manifests
    ? {
        abortSignalTimeout: (found?.timeout ?? true) && (manifests?.timeout ?? true),
        abortSignalAny: (found?.any ?? true) && (manifests?.any ?? true),
        source: [found?.source, manifests?.source].filter(Boolean).join(' and '),
      }
    : null;
  if ('react-native' in dependencies) {
    // Case: Hermes runs the app, but Metro never bundles a `.web.` platform file: the web build runs
    // it in the browsers. (A file importing `events`, `buffer` or `url` stays Hermes code: React
    // Native apps bundle npm polyfills under those names.)
    const fallback = { abortSignalTimeout: DEFAULT_SETTINGS.target.abortSignalTimeout, abortSignalAny: DEFAULT_SETTINGS.target.abortSignalAny };
    return {
      abortSignalTimeout: false,
      abortSignalAny: false,
      source: 'package.json depends on react-native (Hermes)',
      webCode: browsers ? { ...browsers } : { ...fallback, source: 'current browsers (a .web file of a react-native package; no browserslist)' },
    };
  }
  const targets = [node, browsers].filter((target): target is RuntimeTarget => target !== null);
  if (targets.length === 0) return DEFAULT_SETTINGS.target;
  // The fixed code may run on each of them: an API counts only where all have it.
  const target: RuntimeTarget = {
    abortSignalTimeout: targets.every((each) => each.abortSignalTimeout),
    abortSignalAny: targets.every((each) => each.abortSignalAny),
    source: targets.map((each) => each.source).join(' and '),
  };
  // Case: the browsers took an API away: a file no browser runs (it imports a Node built-in) has Node's
  const nodeCode = node ?? DEFAULT_SETTINGS.target;
  const lost = (nodeCode.abortSignalTimeout && !target.abortSignalTimeout) || (nodeCode.abortSignalAny && !target.abortSignalAny);
  return browsers && lost ? { ...target, nodeCode: { ...nodeCode } } : target;
}
