import { describe, expect, it } from 'vitest';
import { editSnippet } from '../../test/helpers/edit-context';
import { addImport } from './add-import';

const add = (code: string, name = 'onBeforeUnmount', module = 'vue', language: 'ts' | 'js' = 'ts', filename?: string) => {
  const s = editSnippet(code, language, filename);
  const added = addImport({ program: s.ast.program, source: s.ctx.source, style: s.ctx.style, filename: s.ctx.filename }, { module, name });
  return { local: added.local, text: added.edits.length ? s.apply(added.edits) : code };
};

describe('addImport', () => {
  it('reuses an existing import under its local name', () => {
    expect(add("import { onBeforeUnmount as beforeUnmount } from 'vue';\n")).toEqual({ local: 'beforeUnmount', text: "import { onBeforeUnmount as beforeUnmount } from 'vue';\n" });
  });

  it('extends an existing import of the module', () => {
    expect(add("import { ref } from 'vue';\nref();\n").text).toBe("import { ref, onBeforeUnmount } from 'vue';\nref();\n");
    expect(add("import Vue from 'vue';\n").text).toBe("import Vue, { onBeforeUnmount } from 'vue';\n");
    expect(add('import { Component } from "@angular/core"\n', 'OnDestroy', '@angular/core', 'js').text).toBe('import { Component, OnDestroy } from "@angular/core"\n');
  });

  it('adds a new import after the last one, in the file style', () => {
    expect(add("import { x } from './x';\nx();\n").text).toBe("import { x } from './x';\nimport { onBeforeUnmount } from 'vue';\nx();\n");
    expect(add('import * as Vue from "vue"\nVue.ref()\n', 'onBeforeUnmount', 'vue', 'js').text).toBe('import * as Vue from "vue"\nimport { onBeforeUnmount } from "vue"\nVue.ref()\n');
    expect(add('/* header */\nrun();\n').text).toBe("/* header */\nimport { onBeforeUnmount } from 'vue';\n\nrun();\n");
  });

  it('picks a free local name when the name is taken, and uses require in CommonJS', () => {
    expect(add("import { x } from './x';\nfunction onBeforeUnmount() {}\n")).toEqual({
      local: 'onBeforeUnmount2',
      text: "import { x } from './x';\nimport { onBeforeUnmount as onBeforeUnmount2 } from 'vue';\nfunction onBeforeUnmount() {}\n",
    });
    expect(add("const x = require('x');\nx();\n", 'onCleanup', 'solid-js', 'js', 'a.cjs').text).toBe("const { onCleanup } = require('solid-js');\nconst x = require('x');\nx();\n");
  });
});
