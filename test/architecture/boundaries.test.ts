/**
 * The layers of docs/architecture.md, checked on the import graph: a module imports only from its
 * own layer and the layers below it, rules and shared analysis never reach for the file system or
 * the process, and no import cycle exists in `src/` and `transforms/` (type-only imports count:
 * a cycle of types is still two modules that cannot be read apart).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from '@babel/parser';
import type { Node } from '@babel/types';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');

interface ModuleInfo {
  file: string;
  imports: { specifier: string; target: string | null; line: number }[];
  /** Lines that use the `process` global. */
  processUses: number[];
}

function listSources(dir: string): string[] {
  const out: string[] = [];
  const walk = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(root, relative), { withFileTypes: true })) {
      const child = path.posix.join(relative, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__testfixtures__' && entry.name !== 'node_modules') walk(child);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
        out.push(child);
      }
    }
  };
  walk(dir);
  return out;
}

function resolveImport(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
  // `import('./x.js')` (a dynamic import names the compiled file) is `./x.ts` in the sources.
  const source = base.replace(/\.js$/, '.ts');
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, source]) {
    const absolute = path.join(root, candidate);
    if (fs.existsSync(absolute) && fs.statSync(absolute).isFile()) return candidate;
  }
  return `${base} (unresolved)`;
}

function readModule(file: string, text = fs.readFileSync(path.join(root, file), 'utf8')): ModuleInfo {
  const ast = parse(text, {
    sourceType: 'module',
    plugins: ['typescript', ...(file.endsWith('.tsx') ? (['jsx'] as const) : [])],
  });
  const info: ModuleInfo = { file, imports: [], processUses: [] };
  const add = (specifier: string, node: Node): void => {
    info.imports.push({ specifier, target: resolveImport(file, specifier), line: node.loc?.start.line ?? 0 });
  };
  const visit = (node: Node, parent: Node | null, key: string | null): void => {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
        add(node.source.value, node);
        break;
      case 'ExportNamedDeclaration':
        if (node.source) add(node.source.value, node);
        break;
      case 'CallExpression':
        if ((node.callee.type === 'Import' || (node.callee.type === 'Identifier' && node.callee.name === 'require')) && node.arguments[0]?.type === 'StringLiteral') {
          add(node.arguments[0].value, node);
        }
        break;
      case 'TSImportType':
        add(node.argument.value, node);
        break;
      case 'Identifier':
        if (
          node.name === 'process' &&
          !(parent?.type === 'MemberExpression' && key === 'property' && !parent.computed) &&
          !(parent?.type === 'ObjectProperty' && key === 'key') &&
          !(parent?.type === 'TSPropertySignature' || parent?.type === 'ClassProperty' || parent?.type === 'ClassMethod')
        ) {
          info.processUses.push(node.loc?.start.line ?? 0);
        }
        break;
      default:
    }
    for (const childKey of Object.keys(node) as (keyof Node)[]) {
      if (childKey === 'loc' || childKey === 'leadingComments' || childKey === 'trailingComments' || childKey === 'innerComments') continue;
      const value = node[childKey] as unknown;
      if (Array.isArray(value)) {
        for (const item of value) if (item && typeof item === 'object' && typeof (item as Node).type === 'string') visit(item as Node, node, childKey);
      } else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') {
        visit(value as Node, node, childKey);
      }
    }
  };
  visit(ast.program, null, null);
  return info;
}

const modules = [...listSources('src'), ...listSources('transforms')].map((file) => readModule(file));

/** The layer a file belongs to, named as in docs/architecture.md. */
function layerOf(file: string): string {
  if (file.startsWith('src/core/')) return 'core';
  if (file.startsWith('src/runtime/')) return 'runtime';
  if (file.startsWith('src/analysis/')) return 'analysis';
  if (file.startsWith('src/types/')) return 'types';
  if (file.startsWith('src/engine/')) return 'engine';
  if (file.startsWith('src/report/')) return 'report';
  if (file.startsWith('src/cli/')) return 'cli';
  if (file.startsWith('src/eslint/')) return 'eslint';
  if (file.startsWith('src/action/')) return 'action';
  if (file === 'src/index.ts' || file === 'src/version.ts') return file === 'src/version.ts' ? 'version' : 'api';
  if (file === 'transforms/index.ts' || file === 'transforms/registry.ts') return 'registry';
  if (file.startsWith('transforms/add-leak-check')) return 'codemod';
  if (/^transforms\/[^/]+\.ts$/.test(file)) return 'entry';
  if (/^transforms\/[^/]+\//.test(file)) return 'rule';
  return 'other';
}

/** What each layer may import (besides its own layer and npm packages). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  version: [],
  core: [],
  runtime: [],
  analysis: ['core', 'types'],
  types: ['core'],
  rule: ['core', 'analysis', 'types'],
  registry: ['rule', 'core'],
  engine: ['core', 'analysis', 'types', 'registry', 'version'],
  entry: ['engine', 'rule', 'core'],
  codemod: ['engine', 'analysis', 'core', 'version'],
  report: ['core', 'version'],
  cli: ['engine', 'report', 'registry', 'codemod', 'core', 'runtime', 'version'],
  eslint: ['engine', 'report', 'registry', 'core', 'types', 'version'],
  action: ['engine', 'report', 'core', 'version'],
  api: ['engine', 'report', 'registry', 'core', 'analysis', 'types', 'cli', 'version', 'rule', 'entry', 'codemod'],
};

/** Layers whose code runs inside a rule: no file system, no process, no working directory. */
const PURE_LAYERS = new Set(['core', 'analysis', 'rule']);
const IMPURE_MODULES = /^(node:)?(fs|fs\/promises|path|child_process|os|process|worker_threads)$/;

describe('layers', () => {
  it('every source file belongs to a layer', () => {
    expect(modules.filter((module) => layerOf(module.file) === 'other').map((module) => module.file)).toEqual([]);
  });

  it('imports point down (or within a layer), never up or sideways', () => {
    const violations: string[] = [];
    for (const module of modules) {
      const layer = layerOf(module.file);
      for (const entry of module.imports) {
        if (!entry.target) continue;
        const targetLayer = layerOf(entry.target);
        if (targetLayer === layer) {
          // Rules do not reach into each other's folders.
          if (layer === 'rule' && entry.target.split('/')[1] !== module.file.split('/')[1]) {
            violations.push(`${module.file}:${entry.line} (rule ${module.file.split('/')[1]}) imports ${entry.target}, another rule's helper`);
          }
          continue;
        }
        if (!(ALLOWED[layer] ?? []).includes(targetLayer)) {
          violations.push(`${module.file}:${entry.line} (${layer}) imports ${entry.target} (${targetLayer})`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('core, shared analysis and rules use no file system, path or process', () => {
    const violations: string[] = [];
    for (const module of modules) {
      const layer = layerOf(module.file);
      if (!PURE_LAYERS.has(layer)) continue;
      // The ground floor's repository-path resolver is path arithmetic on strings the engine gives it.
      for (const entry of module.imports) {
        if (IMPURE_MODULES.test(entry.specifier) && !(module.file === 'src/core/repository-path.ts' && /path$/.test(entry.specifier))) {
          violations.push(`${module.file}:${entry.line} imports ${entry.specifier}`);
        }
      }
      for (const line of module.processUses) violations.push(`${module.file}:${line} uses process`);
    }
    expect(violations).toEqual([]);
  });

  it('has no import cycle in src/ and transforms/', () => {
    const graph = new Map(modules.map((module) => [module.file, module.imports.map((entry) => entry.target).filter((target): target is string => target !== null && !target.endsWith('(unresolved)'))]));
    // Tarjan's strongly connected components; any component of two or more modules is a cycle.
    let index = 0;
    const indexes = new Map<string, number>();
    const lowLinks = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const connect = (file: string): void => {
      indexes.set(file, index);
      lowLinks.set(file, index);
      index += 1;
      stack.push(file);
      onStack.add(file);
      for (const next of graph.get(file) ?? []) {
        if (!graph.has(next)) continue;
        if (!indexes.has(next)) {
          connect(next);
          lowLinks.set(file, Math.min(lowLinks.get(file)!, lowLinks.get(next)!));
        } else if (onStack.has(next)) {
          lowLinks.set(file, Math.min(lowLinks.get(file)!, indexes.get(next)!));
        }
      }
      if (lowLinks.get(file) === indexes.get(file)) {
        const component: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== file);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const file of graph.keys()) if (!indexes.has(file)) connect(file);
    expect(cycles).toEqual([]);
  });

  it('a violation is caught (the checks can fail)', () => {
    expect(layerOf('src/report/json.ts')).toBe('report');
    expect(ALLOWED.report).not.toContain('engine');
    const fake = readModule('src/analysis/syntax/fake.ts', "import fs from 'node:fs';\nexport const cwd = process.cwd();\n");
    expect(fake.imports.map((entry) => entry.specifier)).toEqual(['node:fs']);
    expect(fake.processUses).toEqual([2]);
  });
});

