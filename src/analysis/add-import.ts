/**
 * Makes a module export available in a file, idempotently: reuses an existing import of it
 * (under whatever local name), adds a specifier to an existing `import { … } from 'm'`, or adds
 * a new import after the file's last import (a `require` in CommonJS files). Quotes and
 * semicolons follow the file. Returns the local name to use and the edits (none when the
 * export is already imported).
 *
 *   addImport(ctx, { module: 'vue', name: 'onBeforeUnmount' })
 *     -> import { ref, onBeforeUnmount } from 'vue';
 *
 * NOTE for the integrator: the `fetch` helper wrote an import adder with this same interface
 * (`addImport(context, request) -> { local, edits }`) on its branch; keep one of the two files.
 */
import type { ImportDeclaration, Program } from '@babel/types';
import type { SourceText } from '../engine/source-text';
import type { TextEdit } from '../report/finding';
import type { CodeStyle } from './code-style';
import { findImportedNames, normalizeModuleName } from './module-reference';

export interface ImportRequest {
  /** Module specifier, written as given (`vue`, `@angular/core`). */
  module: string;
  /** The export (`onBeforeUnmount`). */
  name: string;
  /** Preferred local name (defaults to `name`). */
  local?: string;
}

export interface ImportContext {
  program: Program;
  source: SourceText;
  style: Pick<CodeStyle, 'quote' | 'semicolons'>;
  /** The file's path: `.cjs` files get `require`. */
  filename: string;
}

export interface AddedImport {
  /** The name to write in code. */
  local: string;
  edits: TextEdit[];
}

/** Names declared at the top level of the program (imports, functions, classes, variables). */
function getTopLevelNames(program: Program): Set<string> {
  const names = new Set<string>();
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration') for (const specifier of statement.specifiers) names.add(specifier.local.name);
    const declaration = statement.type === 'ExportNamedDeclaration' || statement.type === 'ExportDefaultDeclaration' ? statement.declaration : statement;
    if (!declaration) continue;
    if ((declaration.type === 'FunctionDeclaration' || declaration.type === 'ClassDeclaration') && declaration.id) names.add(declaration.id.name);
    if (declaration.type === 'VariableDeclaration') {
      for (const declarator of declaration.declarations) if (declarator.id.type === 'Identifier') names.add(declarator.id.name);
    }
  }
  return names;
}

function isCommonJs(program: Program, filename: string): boolean {
  if (filename.endsWith('.cjs') || filename.endsWith('.cts')) return true;
  return program.sourceType === 'script' && !program.body.some((statement) => statement.type === 'ImportDeclaration');
}

export function addImport(context: ImportContext, request: ImportRequest): AddedImport {
  const { program, style } = context;
  // Case: already imported, `import { onBeforeUnmount as beforeUnmount } from 'vue'`
  const existing = findImportedNames(program, request.module, request.name);
  if (existing.length > 0) return { local: existing[0]!, edits: [] };

  const taken = getTopLevelNames(program);
  const preferred = request.local ?? request.name;
  let local = preferred;
  for (let n = 2; taken.has(local); n++) local = `${preferred}${n}`;
  const specifier = local === request.name ? request.name : `${request.name} as ${local}`;
  const semicolon = style.semicolons ? ';' : '';
  const quoted = `${style.quote}${request.module}${style.quote}`;

  if (isCommonJs(program, context.filename)) {
    const binding = local === request.name ? request.name : `${request.name}: ${local}`;
    const statement = `const { ${binding} } = require(${quoted})${semicolon}`;
    const first = program.body[0];
    const at = first ? first.start! : 0;
    return { local, edits: [{ start: at, end: at, text: `${statement}\n` }] };
  }

  const wanted = normalizeModuleName(request.module);
  const declarations = program.body.filter(
    (statement): statement is ImportDeclaration =>
      statement.type === 'ImportDeclaration' && normalizeModuleName(statement.source.value) === wanted && statement.importKind !== 'type',
  );
  // Case: `import { ref } from 'vue'` -> `import { ref, onBeforeUnmount } from 'vue'`
  for (const declaration of declarations) {
    if (declaration.specifiers.some((s) => s.type === 'ImportNamespaceSpecifier')) continue;
    const named = declaration.specifiers.filter((s) => s.type === 'ImportSpecifier');
    const last = named[named.length - 1];
    if (last) return { local, edits: [{ start: last.end!, end: last.end!, text: `, ${specifier}` }] };
    // Case: `import Vue from 'vue'` -> `import Vue, { onBeforeUnmount } from 'vue'`
    const defaultSpecifier = declaration.specifiers[0];
    if (defaultSpecifier) return { local, edits: [{ start: defaultSpecifier.end!, end: defaultSpecifier.end!, text: `, { ${specifier} }` }] };
  }
  // Case: a new declaration after the last import, or before the first statement.
  const statement = `import { ${specifier} } from ${quoted}${semicolon}`;
  const imports = program.body.filter((s) => s.type === 'ImportDeclaration');
  const lastImport = imports[imports.length - 1];
  if (lastImport) return { local, edits: [{ start: lastImport.end!, end: lastImport.end!, text: `\n${statement}` }] };
  const first = program.body[0];
  if (first) {
    const indent = context.source.indentAt(first.start!);
    return { local, edits: [{ start: first.start!, end: first.start!, text: `${statement}\n\n${indent}` }] };
  }
  return { local, edits: [{ start: 0, end: 0, text: `${statement}\n` }] };
}
