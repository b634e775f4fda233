import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { detectCodeStyle } from '../../core/code-style';
import { SourceText } from '../../core/source-text';
import { applyEdits } from '../../core/fixer';
import { addImport, addImports, type ImportRequest } from './add-import';

function run(code: string, request: ImportRequest, filename = 'file.ts', printWidth?: number): { text: string; local: string } {
  const { ast } = parseSnippet(code, filename.endsWith('.ts') ? 'ts' : 'js');
  const source = new SourceText(code);
  const added = addImport({ program: ast.program, source, style: detectCodeStyle(ast, source, printWidth), filename }, request);
  return { text: applyEdits(code, added.edits, '\n'), local: added.local };
}

const helper: ImportRequest = { module: './lib/abort', name: 'timeoutSignal' };

describe('addImport: ESM', () => {
  it('adds an import after the last one, in the file quote and semicolon style', () => {
    expect(run("import a from 'a';\nimport b from 'b';\n\nrun();\n", helper).text).toBe(
      "import a from 'a';\nimport b from 'b';\nimport { timeoutSignal } from './lib/abort';\n\nrun();\n",
    );
    expect(run('import a from "a"\n\nrun()\n', helper).text).toBe('import a from "a"\nimport { timeoutSignal } from "./lib/abort"\n\nrun()\n');
  });

  it('indents a new import like the one above it, and keeps an indented first statement indented', () => {
    expect(run("  import a from 'a';\n  run();\n", helper).text).toBe("  import a from 'a';\n  import { timeoutSignal } from './lib/abort';\n  run();\n");
    expect(run('  run();\n', helper).text).toBe("  import { timeoutSignal } from './lib/abort';\n\n  run();\n");
  });

  it('keeps a comment at the end of the last import line on that line', () => {
    expect(run("import a from 'a'; // why\nrun();\n", helper).text).toBe("import a from 'a'; // why\nimport { timeoutSignal } from './lib/abort';\nrun();\n");
  });

  it('adds to the named imports of the module when there are some', () => {
    expect(run("import { anySignal } from './lib/abort';\nrun();\n", helper).text).toBe(
      "import { anySignal, timeoutSignal } from './lib/abort';\nrun();\n",
    );
    expect(run("import abort from './lib/abort';\nrun();\n", helper).text).toBe("import abort, { timeoutSignal } from './lib/abort';\nrun();\n");
  });

  it('breaks the named imports one per line when the import would grow past the print width', () => {
    const code = "import { computed, onMounted, onUnmounted, ref } from 'vue';\n\nrun();\n";
    const hook: ImportRequest = { module: 'vue', name: 'onBeforeUnmount' };
    expect(run(code, hook, 'file.ts', 70).text).toBe(
      "import {\n  computed,\n  onMounted,\n  onUnmounted,\n  ref,\n  onBeforeUnmount,\n} from 'vue';\n\nrun();\n",
    );
    expect(run(code, hook, 'file.ts', 100).text).toBe("import { computed, onMounted, onUnmounted, ref, onBeforeUnmount } from 'vue';\n\nrun();\n");
    expect(run(code, hook).text).toBe("import { computed, onMounted, onUnmounted, ref, onBeforeUnmount } from 'vue';\n\nrun();\n");
  });

  it('measures the line with the braces the import writes: `{a, b}` fits where `{ a, b }` would not', () => {
    const hook: ImportRequest = { module: 'vue', name: 'onBeforeUnmount' };
    // 79 columns with the file's tight braces: one line (it was broken, measured as 81 with spaced ones)
    expect(run("import {onMounted, useTemplateRef, type ShallowRef} from 'vue';\n\nrun();\n", hook, 'file.ts', 80).text).toBe(
      "import {onMounted, useTemplateRef, type ShallowRef, onBeforeUnmount} from 'vue';\n\nrun();\n",
    );
    // 81 columns with spaced braces: one per line
    expect(run("import { onMounted, useTemplateRef, type ShallowRef } from 'vue';\n\nrun();\n", hook, 'file.ts', 80).text).toBe(
      "import {\n  onMounted,\n  useTemplateRef,\n  type ShallowRef,\n  onBeforeUnmount,\n} from 'vue';\n\nrun();\n",
    );
  });

  it('adds a type the way the file imports its types (verbatimModuleSyntax habits)', () => {
    const onDestroy: ImportRequest = { module: '@angular/core', name: 'OnDestroy', type: true };
    // Inline `type` marks in that import: the new type gets one too.
    expect(run("import { Component, type OnInit } from '@angular/core';\n", onDestroy).text).toBe("import { Component, type OnInit, type OnDestroy } from '@angular/core';\n");
    // A type-only import of the module takes it.
    expect(run("import { Component } from '@angular/core';\nimport type { OnInit } from '@angular/core';\n", onDestroy).text).toBe(
      "import { Component } from '@angular/core';\nimport type { OnInit, OnDestroy } from '@angular/core';\n",
    );
    // No marks: written as the file writes its other imports.
    expect(run("import { Component, OnInit } from '@angular/core';\n", onDestroy).text).toBe("import { Component, OnInit, OnDestroy } from '@angular/core';\n");
    // A value never goes into `import type`.
    expect(run("import type { Foo } from './lib/abort';\n", helper).text).toBe("import type { Foo } from './lib/abort';\nimport { timeoutSignal } from './lib/abort';\n");
  });

  it('writes a new import the way the file writes its imports: their quotes, brace spacing and semicolons', () => {
    // The imports' double quotes win over the single quotes of the file's other strings (an Angular component).
    const kavita = 'import {Component, inject} from "@angular/core";\nimport {filter} from "rxjs";\n\n@Component({ selector: \'a\', templateUrl: \'./a.html\', styleUrl: \'./a.scss\' })\nexport class A {}\n';
    expect(run(kavita, { module: '@angular/core/rxjs-interop', name: 'takeUntilDestroyed' }).text).toBe(
      kavita.replace('{filter} from "rxjs";\n', '{filter} from "rxjs";\nimport {takeUntilDestroyed} from "@angular/core/rxjs-interop";\n'),
    );
    // Single quotes and spaced braces in the imports, double quotes elsewhere.
    expect(run("import { a } from 'a';\nrun(\"x\", \"y\");\n", helper).text).toBe("import { a } from 'a';\nimport { timeoutSignal } from './lib/abort';\nrun(\"x\", \"y\");\n");
    // Imports without semicolons in a file whose statements have them.
    expect(run("import {a} from 'a'\nrun();\nrun();\n", helper).text).toBe("import {a} from 'a'\nimport {timeoutSignal} from './lib/abort'\nrun();\nrun();\n");
    // A default import that gets named ones: the braces of the file's imports.
    expect(run("import {a} from 'a';\nimport abort from './lib/abort';\n", helper).text).toBe("import {a} from 'a';\nimport abort, {timeoutSignal} from './lib/abort';\n");
    // No import to copy: the file's strings decide the quotes, braces are spaced.
    expect(run('run("x");\n', helper).text).toBe('import { timeoutSignal } from "./lib/abort";\n\nrun("x");\n');
  });

  it('grows an existing import in its own spacing and layout', () => {
    expect(run('import {anySignal} from "./lib/abort";\n', helper).text).toBe('import {anySignal, timeoutSignal} from "./lib/abort";\n');
    expect(run("import { anySignal } from './lib/abort';\n", helper).text).toBe("import { anySignal, timeoutSignal } from './lib/abort';\n");
    expect(run("import {\n  anySignal,\n  race\n} from './lib/abort';\n", helper).text).toBe("import {\n  anySignal,\n  race,\n  timeoutSignal\n} from './lib/abort';\n");
  });

  it('is idempotent: an existing import is reused', () => {
    const result = run("import { timeoutSignal as ts } from './lib/abort';\nrun();\n", helper);
    expect(result).toEqual({ text: "import { timeoutSignal as ts } from './lib/abort';\nrun();\n", local: 'ts' });
  });

  it('puts the first import above the first statement, after directives and header comments', () => {
    expect(run("'use client';\n// Header\n\nrun();\n", helper, 'file.js').text).toBe(
      "'use client';\n// Header\n\nimport { timeoutSignal } from './lib/abort';\n\nrun();\n",
    );
  });

  it('goes above a doc comment that belongs to the first statement', () => {
    expect(run('/** Runs. */\nexport function run() {}\n', helper).text).toBe(
      "import { timeoutSignal } from './lib/abort';\n\n/** Runs. */\nexport function run() {}\n",
    );
  });

  it('picks a free local name when the name is taken', () => {
    const result = run("import a from 'a';\nconst timeoutSignal = 1;\n", helper);
    expect(result.local).toBe('timeoutSignal2');
    expect(result.text).toContain("import { timeoutSignal as timeoutSignal2 } from './lib/abort';");
  });

  it('does not count property names as taken', () => {
    expect(run("import a from 'a';\nconfig.timeoutSignal = { timeoutSignal: 1 };\n", helper).local).toBe('timeoutSignal');
  });
});

describe('addImport: CommonJS', () => {
  it('adds a require after the last require in .cjs files and files that use require', () => {
    expect(run("const a = require('a');\nrun();\n", helper, 'file.js').text).toBe(
      "const a = require('a');\nconst { timeoutSignal } = require('./lib/abort');\nrun();\n",
    );
    expect(run("'use strict';\nrun();\n", helper, 'file.cjs').text).toBe("'use strict';\nconst { timeoutSignal } = require('./lib/abort');\n\nrun();\n");
  });

  it('adds to an existing destructuring require of the module', () => {
    expect(run("const { anySignal } = require('./lib/abort');\nrun();\n", helper, 'file.cjs').text).toBe(
      "const { anySignal, timeoutSignal } = require('./lib/abort');\nrun();\n",
    );
  });

  it('breaks a destructuring require one per line when it would grow past the print width', () => {
    const code = "const { readFile, writeFile, stat } = require('node:fs');\nrun();\n";
    expect(run(code, { module: 'node:fs', name: 'unwatchFile' }, 'file.cjs', 60).text).toBe(
      "const {\n  readFile,\n  writeFile,\n  stat,\n  unwatchFile,\n} = require('node:fs');\nrun();\n",
    );
  });

  it('writes a new require the way the file writes its requires', () => {
    expect(run('const {a} = require("a")\nrun()\n', helper, 'file.cjs').text).toBe('const {a} = require("a")\nconst {timeoutSignal} = require("./lib/abort")\nrun()\n');
  });

  it('reuses an existing require', () => {
    expect(run("const { timeoutSignal } = require('./lib/abort');\n", helper, 'file.cjs').text).toBe("const { timeoutSignal } = require('./lib/abort');\n");
  });

  it('uses import syntax in .mjs files even next to createRequire', () => {
    expect(run("const a = require('a');\nrun();\n", helper, 'file.mjs').text).toContain("import { timeoutSignal } from './lib/abort';");
  });
});

describe('addImports', () => {
  function runMany(code: string, names: string[], filename = 'file.ts', printWidth?: number, module = './lib/abort'): { text: string; locals: string[] } {
    const { ast } = parseSnippet(code, filename.endsWith('.ts') ? 'ts' : 'js');
    const source = new SourceText(code);
    const context = { program: ast.program, source, style: detectCodeStyle(ast, source, printWidth), filename };
    const added = addImports(context, module, names.map((name) => ({ name })));
    return { text: applyEdits(code, added.edits, '\n'), locals: added.locals };
  }

  it('imports several names of one module with one edit', () => {
    expect(runMany("import a from 'a';\n", ['timeoutSignal', 'anySignal'])).toEqual({
      text: "import a from 'a';\nimport { timeoutSignal, anySignal } from './lib/abort';\n",
      locals: ['timeoutSignal', 'anySignal'],
    });
  });

  it('adds only the missing names and reports the existing local of the others', () => {
    expect(runMany("const { timeoutSignal: t } = require('./lib/abort');\n", ['timeoutSignal', 'anySignal'], 'file.cjs')).toEqual({
      text: "const { timeoutSignal: t, anySignal } = require('./lib/abort');\n",
      locals: ['t', 'anySignal'],
    });
  });

  it('writes each added name on its own line when the grown import breaks or already has one name per line', () => {
    const oneLine = "import { ChangeDetectionStrategy, Component } from '@angular/core';\n";
    expect(runMany(oneLine, ['DestroyRef', 'inject'], 'file.ts', 60, '@angular/core').text).toBe(
      "import {\n  ChangeDetectionStrategy,\n  Component,\n  DestroyRef,\n  inject,\n} from '@angular/core';\n",
    );
    expect(runMany(oneLine, ['DestroyRef', 'inject'], 'file.ts', 100, '@angular/core').text).toBe(
      "import { ChangeDetectionStrategy, Component, DestroyRef, inject } from '@angular/core';\n",
    );
    const perLine = "import {\n  ChangeDetectionStrategy,\n  Component\n} from '@angular/core';\n";
    expect(runMany(perLine, ['DestroyRef', 'inject'], 'file.ts', undefined, '@angular/core').text).toBe(
      "import {\n  ChangeDetectionStrategy,\n  Component,\n  DestroyRef,\n  inject\n} from '@angular/core';\n",
    );
  });
});
