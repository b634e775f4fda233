/**
 * Registers the leak-check setup file in a test runner config with minimal text edits:
 * vitest's `test.setupFiles` (in `vitest.config.*` or `vite.config.*`) or jest's
 * `setupFilesAfterEnv` (in `jest.config.*`).
 *
 *   export default defineConfig({ test: { environment: 'node' } });
 * becomes
 *   export default defineConfig({ test: { environment: 'node', setupFiles: ['./test/leak-check.setup.ts'] } });
 *
 * Handles `export default {...}`, `module.exports = {...}`, `export default config` (a
 * top-level `const`), `defineConfig(...)`/`defineProject(...)`, an arrow returning the object,
 * and the last argument of `mergeConfig(...)`. Anything else (a config built by a function
 * call, a spread that may already set the key, `projects`) gets a suggestion instead of an
 * edit: a wrong guess would silently replace settings. Idempotent: a config that already
 * lists a leak-check setup file is left alone.
 */
import type { ArrayExpression, File, Node, ObjectExpression, ObjectProperty } from '@babel/types';
import { detectCodeStyle } from '../../src/core/code-style';
import { findObjectProperty, hasSpread, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { getScopeDeclarations } from '../../src/analysis/syntax/scope';
import { applyEdits, fixer } from '../../src/core/fixer';
import { getLanguage } from '../../src/core/language';
import { parseSource } from '../../src/engine/parse';
import { SourceText } from '../../src/core/source-text';
import type { TextEdit } from '../../src/core/finding';

export type TestFramework = 'vitest' | 'jest';

export interface EditConfigInput {
  /** The config file's text. */
  source: string;
  /** Its path (the extension picks the parser; the name tells vitest from jest). */
  filePath: string;
  /** The path to register, as it should appear in the config (`./test/leak-check.setup.ts`). */
  setupPath: string;
  /** Default: `jest` for `jest.config.*`, else `vitest`. */
  framework?: TestFramework;
}

export type EditConfigResult =
  | { status: 'changed'; output: string; key: string }
  | { status: 'unchanged'; key: string }
  | { status: 'suggestion'; message: string; key: string };

/** A file name containing this is taken to be a leak-check setup file already. */
const SETUP_MARKER = 'leak-check.setup';

export function getFrameworkForConfig(filePath: string): TestFramework {
  return /(^|[\\/])jest\.config\.[^\\/]+$/.test(filePath) ? 'jest' : 'vitest';
}

export function addSetupFileToConfig(input: EditConfigInput): EditConfigResult {
  const framework = input.framework ?? getFrameworkForConfig(input.filePath);
  const key = framework === 'jest' ? 'setupFilesAfterEnv' : 'test.setupFiles';
  const suggest = (why: string): EditConfigResult => ({ status: 'suggestion', key, message: formatSuggestion(input, framework, why) });

  const source = new SourceText(input.source);
  const language = getLanguage(input.filePath) ?? { language: 'ts' as const, sourceType: 'module' as const };
  let ast: File;
  try {
    ast = parseSource(source.text, language);
  } catch (error) {
    return suggest(`it does not parse (${(error as Error).message})`);
  }
  const exported = findExportedConfig(ast);
  if (!exported) return suggest('it has no `export default` or `module.exports =` unleak can follow');
  const config = resolveConfigObject(ast, exported);
  if (config.kind === 'unknown') return suggest(config.why);

  const editor = new ConfigEditor(source, ast, input.setupPath);
  const outcome = framework === 'jest' ? editor.addToJest(config.object) : editor.addToVitest(config.object);
  if (outcome.kind === 'unchanged') return { status: 'unchanged', key };
  if (outcome.kind === 'suggestion') return suggest(outcome.why);

  const output = applyEdits(source.text, outcome.edits, source.eol);
  try {
    parseSource(output, language);
  } catch {
    return suggest('the edit would not parse');
  }
  return { status: 'changed', key, output: SourceText.toRaw(output, source.hasBom) };
}

/** The expression a config file exports. */
function findExportedConfig(ast: File): Node | undefined {
  for (const statement of ast.program.body) {
    // Case: `export default <expr>`
    if (statement.type === 'ExportDefaultDeclaration') return statement.declaration;
    // Case: `module.exports = <expr>`
    if (
      statement.type === 'ExpressionStatement' &&
      statement.expression.type === 'AssignmentExpression' &&
      isModuleExports(statement.expression.left)
    ) {
      return statement.expression.right;
    }
  }
  return undefined;
}

function isModuleExports(node: Node): boolean {
  return (
    node.type === 'MemberExpression' &&
    !node.computed &&
    node.object.type === 'Identifier' &&
    node.object.name === 'module' &&
    node.property.type === 'Identifier' &&
    node.property.name === 'exports'
  );
}

type ResolvedConfig = { kind: 'object'; object: ObjectExpression } | { kind: 'unknown'; why: string };

const CONFIG_WRAPPERS = new Set(['defineConfig', 'defineProject']);

/** Follows wrappers down to the object literal that holds the settings. */
function resolveConfigObject(ast: File, expression: Node, depth = 0): ResolvedConfig {
  if (depth > 8) return { kind: 'unknown', why: 'the exported config is built in too many steps' };
  const node = unwrapExpression(expression);
  switch (node.type) {
    // Case: `{ test: {...} }`
    case 'ObjectExpression':
      return { kind: 'object', object: node };
    // Case: `export default config` with `const config = {...}` at top level
    case 'Identifier': {
      const binding = getScopeDeclarations(ast.program, null)?.get(node.name);
      const declaration = binding?.declaration;
      if (declaration?.type === 'VariableDeclarator' && declaration.init && declaration.id.type === 'Identifier') {
        return resolveConfigObject(ast, declaration.init, depth + 1);
      }
      return { kind: 'unknown', why: `the exported \`${node.name}\` is not a top-level constant unleak can follow` };
    }
    // Case: `defineConfig({...})`, `defineConfig(() => ({...}))`, `mergeConfig(base, defineConfig({...}))`
    case 'CallExpression': {
      const callee = unwrapExpression(node.callee);
      const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : '';
      if (CONFIG_WRAPPERS.has(name) && node.arguments.length >= 1) return resolveConfigObject(ast, node.arguments[0]!, depth + 1);
      if (name === 'mergeConfig' && node.arguments.length >= 2) {
        // The last argument overrides the others: settings added there win.
        return resolveConfigObject(ast, node.arguments[node.arguments.length - 1]!, depth + 1);
      }
      return { kind: 'unknown', why: `the config comes from a call to \`${name || 'a function'}()\`` };
    }
    // Case: `() => ({...})`, `async () => { return {...} }`
    case 'ArrowFunctionExpression':
    case 'FunctionExpression': {
      if (node.body.type !== 'BlockStatement') return resolveConfigObject(ast, node.body, depth + 1);
      const returns = node.body.body.filter((statement) => statement.type === 'ReturnStatement');
      if (returns.length === 1 && returns[0]!.type === 'ReturnStatement' && returns[0]!.argument) {
        return resolveConfigObject(ast, returns[0]!.argument, depth + 1);
      }
      return { kind: 'unknown', why: 'the config function does not end in a single `return {...}`' };
    }
    default:
      return { kind: 'unknown', why: `the exported config is a ${node.type}, not an object literal` };
  }
}

type EditOutcome = { kind: 'edits'; edits: TextEdit[] } | { kind: 'unchanged' } | { kind: 'suggestion'; why: string };

class ConfigEditor {
  private readonly quote: string;
  private readonly indentUnit: string;

  constructor(
    private readonly source: SourceText,
    ast: File,
    private readonly setupPath: string,
  ) {
    const style = detectCodeStyle(ast, source);
    this.quote = style.quote;
    this.indentUnit = style.indentUnit;
  }

  addToVitest(config: ObjectExpression): EditOutcome {
    const test = findObjectProperty(config, 'test');
    if (!test) {
      if (hasSpread(config)) return { kind: 'suggestion', why: 'a `...spread` in the config may already set `test`' };
      return { kind: 'edits', edits: this.insertProperty(config, 'test', (indent) => this.objectText('setupFiles', this.arrayText(), indent)) };
    }
    const testValue = test.type === 'ObjectProperty' ? unwrapExpression(test.value) : undefined;
    if (testValue?.type !== 'ObjectExpression') return { kind: 'suggestion', why: '`test` is not an object literal' };
    if (findObjectProperty(testValue, 'projects') || findObjectProperty(testValue, 'workspace')) {
      return { kind: 'suggestion', why: '`test.projects` defines several projects: each project needs the setup file in its own `test.setupFiles`' };
    }
    return this.addToList(testValue, 'setupFiles');
  }

  addToJest(config: ObjectExpression): EditOutcome {
    if (findObjectProperty(config, 'projects')) {
      return { kind: 'suggestion', why: '`projects` defines several projects: each project needs the setup file in its own `setupFilesAfterEnv`' };
    }
    return this.addToList(config, 'setupFilesAfterEnv');
  }

  /** Adds the setup path to `object[key]`: a new array, an appended element, or a string turned into an array. */
  private addToList(object: ObjectExpression, key: string): EditOutcome {
    const property = findObjectProperty(object, key);
    if (!property) {
      if (hasSpread(object)) return { kind: 'suggestion', why: `a \`...spread\` may already set \`${key}\`` };
      return { kind: 'edits', edits: this.insertProperty(object, key, () => this.arrayText()) };
    }
    const value = property.type === 'ObjectProperty' ? unwrapExpression(property.value) : undefined;
    // Case: `setupFiles: './setup.ts'`
    if (value?.type === 'StringLiteral') {
      if (isLeakCheckSetup(value.value, this.setupPath)) return { kind: 'unchanged' };
      return { kind: 'edits', edits: [fixer.replace(value, `[${this.source.slice(value.start!, value.end!)}, ${this.pathText()}]`)] };
    }
    // Case: `setupFiles: ['./a.ts', './b.ts']`
    if (value?.type === 'ArrayExpression') {
      if (value.elements.some((element) => element?.type === 'StringLiteral' && isLeakCheckSetup(element.value, this.setupPath))) return { kind: 'unchanged' };
      return { kind: 'edits', edits: this.appendElement(value) };
    }
    return { kind: 'suggestion', why: `\`${key}\` is not a string or an array literal` };
  }

  private pathText(): string {
    const escaped = this.setupPath.replace(/\\/g, '\\\\').replaceAll(this.quote, `\\${this.quote}`);
    return `${this.quote}${escaped}${this.quote}`;
  }

  private arrayText(): string {
    return `[${this.pathText()}]`;
  }

  /** `{ key: value }` on one line, or over several when the surrounding object is. */
  private objectText(key: string, value: string, indent: string | undefined): string {
    if (indent === undefined) return `{ ${key}: ${value} }`;
    return `{\n${indent}${this.indentUnit}${key}: ${value},\n${indent}}`;
  }

  /**
   * Inserts `key: value` as the last property. `value` gets the property's indentation when
   * the object spans several lines (undefined when it sits on one).
   */
  private insertProperty(object: ObjectExpression, key: string, value: (indent: string | undefined) => string): TextEdit[] {
    const properties = object.properties;
    if (properties.length === 0) {
      const inner = this.source.slice(object.start! + 1, object.end! - 1);
      if (!inner.includes('\n')) return [fixer.replaceRange(object.start!, object.end!, `{ ${key}: ${value(undefined)} }`)];
      const indent = this.source.indentAt(object.start!);
      return [fixer.replaceRange(object.start!, object.end!, `{\n${indent}${this.indentUnit}${key}: ${value(indent + this.indentUnit)},\n${indent}}`)];
    }
    return this.insertAfterLast(object, properties[properties.length - 1]! as ObjectProperty, (indent) => `${key}: ${value(indent)}`);
  }

  private appendElement(array: ArrayExpression): TextEdit[] {
    const last = [...array.elements].reverse().find((element) => element !== null);
    if (!last) return [fixer.replaceRange(array.start!, array.end!, this.arrayText())];
    return this.insertAfterLast(array, last, () => this.pathText());
  }

  /** Inserts an item after the last one of a list, copying the list's layout and trailing-comma habit. */
  private insertAfterLast(list: Node, last: Node, item: (indent: string | undefined) => string): TextEdit[] {
    const closing = list.end! - 1;
    const between = this.source.slice(last.end!, closing);
    const commaOffset = findTrailingComma(between);
    const multiline = this.source.positionAt(list.start!).line !== this.source.positionAt(last.start!).line;
    if (!multiline) {
      if (commaOffset === undefined) return [fixer.insertAfter(last, `, ${item(undefined)}`)];
      return [fixer.insertAfter(last.end! + commaOffset + 1, ` ${item(undefined)},`)];
    }
    const indent = this.source.indentAt(last.start!);
    // After the line the last item ends on (its comma and any trailing comment stay with it).
    const lineEnd = this.source.lineEnd(this.source.positionAt(last.end! + (commaOffset ?? 0)).line);
    const insertAt = Math.min(lineEnd, closing);
    if (commaOffset === undefined) {
      // One edit when both land on the same offset: two insertions there have no defined order.
      if (insertAt === last.end) return [fixer.insertAfter(last, `,\n${indent}${item(indent)}`)];
      return [fixer.insertAfter(last, ','), fixer.insertAfter(insertAt, `\n${indent}${item(indent)}`)];
    }
    return [fixer.insertAfter(insertAt, `\n${indent}${item(indent)},`)];
  }
}

/** The offset of a comma in the text between the last item and the closing bracket, skipping comments. */
function findTrailingComma(between: string): number | undefined {
  for (let index = 0; index < between.length; index++) {
    const char = between[index];
    if (char === ',') return index;
    if (char === '/' && between[index + 1] === '/') index = between.indexOf('\n', index) === -1 ? between.length : between.indexOf('\n', index);
    else if (char === '/' && between[index + 1] === '*') index = between.indexOf('*/', index + 2) + 1 || between.length;
  }
  return undefined;
}

function isLeakCheckSetup(value: string, setupPath: string): boolean {
  return value === setupPath || value.includes(SETUP_MARKER);
}

function formatSuggestion(input: EditConfigInput, framework: TestFramework, why: string): string {
  const snippet =
    framework === 'jest'
      ? `  setupFilesAfterEnv: ['${input.setupPath}'],`
      : `  test: {\n    setupFiles: ['${input.setupPath}'],\n  },`;
  return `unleak could not register the leak check in ${input.filePath}: ${why}. Add it by hand:\n${snippet}`;
}
