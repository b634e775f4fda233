/**
 * What module a local name comes from: `import axios from 'axios'`,
 * `import { fetch as f } from 'undici'`, `const http = require('node:http')`,
 * `const { request } = require('undici')`, `import x = require('m')`.
 */
import type { CallExpression, Identifier, Node, Program } from '@babel/types';
import type { NodePath } from '../../core/traverse';
import { unwrapExpression } from './expressions';
import { findBinding, getScopeDeclarations, type Binding } from './scope';

export interface ModuleReference {
  /** The module specifier with a `node:` prefix removed (`node:http` -> `http`). */
  source: string;
  /** `default`, `*` (the namespace / the whole `require`d module) or an export name. */
  imported: string;
  via: 'import' | 'require';
}

export function normalizeModuleName(source: string): string {
  return source.startsWith('node:') ? source.slice(5) : source;
}

/** `require('x')` (also `require('x').default`) -> `{ source, imported }`. */
function getRequireCall(node: Node | null | undefined): { source: string; imported: string } | null {
  if (!node) return null;
  const expression = unwrapExpression(node);
  // Case: `require('m').default` / `require('m').name`
  if (expression.type === 'MemberExpression' && !expression.computed && expression.property.type === 'Identifier') {
    const inner = getRequireCall(expression.object);
    return inner && inner.imported === '*' ? { source: inner.source, imported: expression.property.name } : null;
  }
  // Case: `await import('m')` is not followed; only `require('m')`
  if (expression.type !== 'CallExpression') return null;
  const call = expression as CallExpression;
  const [argument] = call.arguments;
  if (call.callee.type !== 'Identifier' || call.callee.name !== 'require' || call.arguments.length !== 1) return null;
  if (argument?.type !== 'StringLiteral') return null;
  return { source: normalizeModuleName(argument.value), imported: '*' };
}

/** The property path from a destructuring pattern down to `id` (`{ a: { b } }` -> `['a','b']`). */
export function findInPattern(pattern: Node, id: Identifier): string[] | null {
  if (pattern === id) return [];
  if (pattern.type === 'ObjectPattern') {
    for (const property of pattern.properties) {
      if (property.type !== 'ObjectProperty') continue;
      const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
      const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
      const inner = key ? findInPattern(value, id) : null;
      if (inner) return [key!, ...inner];
    }
  }
  return null;
}

export function getModuleReference(binding: Binding): ModuleReference | null {
  const declaration = binding.declaration;
  switch (declaration.type) {
    // Case: `import x from 'm'`
    case 'ImportDefaultSpecifier':
    case 'ImportNamespaceSpecifier':
    case 'ImportSpecifier': {
      const importDeclaration = findImportDeclaration(binding);
      if (!importDeclaration) return null;
      const source = normalizeModuleName(importDeclaration.source.value);
      if (declaration.type === 'ImportDefaultSpecifier') return { source, imported: 'default', via: 'import' };
      if (declaration.type === 'ImportNamespaceSpecifier') return { source, imported: '*', via: 'import' };
      const imported = declaration.imported.type === 'Identifier' ? declaration.imported.name : declaration.imported.value;
      return { source, imported, via: 'import' };
    }
    // Case: `import x = require('m')`
    case 'TSImportEqualsDeclaration':
      if (declaration.moduleReference.type !== 'TSExternalModuleReference') return null;
      return { source: normalizeModuleName(declaration.moduleReference.expression.value), imported: '*', via: 'require' };
    // Case: `const x = require('m')`, `const { a: x } = require('m')`
    case 'VariableDeclarator': {
      if (binding.kind !== 'const' && binding.kind !== 'let' && binding.kind !== 'var') return null;
      const required = getRequireCall(declaration.init) ?? getModuleAliasRequire(binding, declaration.init);
      if (!required) return null;
      const propertyPath = findInPattern(declaration.id, binding.identifier);
      if (!propertyPath) return null;
      if (propertyPath.length === 0) return { ...required, via: 'require' };
      if (propertyPath.length === 1 && required.imported === '*') return { source: required.source, imported: propertyPath[0]!, via: 'require' };
      return null;
    }
    default:
      return null;
  }
}

/**
 * `const electron = require('electron'); const { app } = electron` at a module's top level: the
 * destructured names come from the module as directly as `const { app } = require('electron')`.
 * Only a `const` alias of the whole module (`require('m')`, never reassigned) declared in the same
 * top-level scope; the destructuring itself is the only shape followed (a plain `const x = alias`
 * stays unresolved).
 */
function getModuleAliasRequire(binding: Binding, init: Node | null | undefined): { source: string; imported: string } | null {
  if (!init || binding.scope.type !== 'Program') return null;
  const declaration = binding.declaration;
  if (declaration.type !== 'VariableDeclarator' || declaration.id.type !== 'ObjectPattern') return null;
  const expression = unwrapExpression(init);
  if (expression.type !== 'Identifier') return null;
  const alias = getScopeDeclarations(binding.scope, null, binding.scope)?.get(expression.name);
  if (!alias || alias.kind !== 'const' || alias.declaration.type !== 'VariableDeclarator' || alias.declaration.id.type !== 'Identifier') return null;
  const required = getRequireCall(alias.declaration.init);
  return required && required.imported === '*' ? required : null;
}

function findImportDeclaration(binding: Binding): import('@babel/types').ImportDeclaration | null {
  if (binding.scope.type !== 'Program') return null;
  for (const statement of (binding.scope as Program).body) {
    if (statement.type === 'ImportDeclaration' && (statement.specifiers as Node[]).includes(binding.declaration)) return statement;
  }
  return null;
}

/** The module reference of the name `name` as seen from `path`, or `null` when it is not an import. */
export function resolveModuleReference(path: NodePath, name: string): ModuleReference | null {
  const binding = findBinding(path, name);
  return binding ? getModuleReference(binding) : null;
}

/**
 * Local names under which a module's export is imported at the top of `program`:
 * `findImportedNames(program, 'react', 'useEffect')` -> `['useEffect']` or `['useMyEffect']`
 * for `import { useEffect as useMyEffect } from 'react'`.
 */
export function findImportedNames(program: Program, source: string, imported: string): string[] {
  const names: string[] = [];
  const wanted = normalizeModuleName(source);
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration' && normalizeModuleName(statement.source.value) === wanted && statement.importKind !== 'type') {
      for (const specifier of statement.specifiers) {
        const name =
          specifier.type === 'ImportDefaultSpecifier'
            ? 'default'
            : specifier.type === 'ImportNamespaceSpecifier'
              ? '*'
              : specifier.imported.type === 'Identifier'
                ? specifier.imported.name
                : specifier.imported.value;
        if (name === imported && !(specifier.type === 'ImportSpecifier' && specifier.importKind === 'type')) names.push(specifier.local.name);
      }
    }
    if (statement.type === 'VariableDeclaration') {
      for (const declarator of statement.declarations) {
        const required = getRequireCall(declarator.init);
        if (!required || required.source !== wanted) continue;
        if (declarator.id.type === 'Identifier' && required.imported === imported) names.push(declarator.id.name);
        if (declarator.id.type === 'ObjectPattern' && required.imported === '*') {
          for (const property of declarator.id.properties) {
            if (property.type !== 'ObjectProperty') continue;
            const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
            if (key === imported && property.value.type === 'Identifier') names.push(property.value.name);
          }
        }
      }
    }
  }
  return names;
}
