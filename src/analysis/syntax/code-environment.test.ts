import { describe, expect, it } from 'vitest';
import { getLanguage } from '../../core/language';
import { parseSource } from '../../engine/parse';
import { fileCodeEnvironment, fileRunsInPage } from './code-environment';

const fileOf = (filename: string, text: string, sfc: unknown = null) => ({ filename, ast: parseSource(text, getLanguage(filename)!), source: { text }, sfc });
const environmentOf = (filename: string, text: string) => fileCodeEnvironment({ filename, ast: parseSource(text, getLanguage(filename)!), source: { text }, sfc: null });

describe('fileCodeEnvironment', () => {
  it('is Node for a file that imports a Node built-in or has a node shebang, whatever else it shows', () => {
    expect(environmentOf('scripts/dev.mts', "import { spawn } from 'node:child_process';\nspawn('next');\n")).toBe('node');
    expect(environmentOf('bin/cli.js', '#!/usr/bin/env node\nmain();\n')).toBe('node');
    expect(environmentOf('main/menu.ts', "import path from 'path';\nwindow.focus();\n")).toBe('node');
  });

  it("is browser for an Electron renderer's page code that reaches Node through window.require, Node for a plain require", () => {
    expect(environmentOf('src/openFile.ts', "export function open(p) { const fs = window.require('fs'); return fs.readFileSync(p); }\n")).toBe('browser');
    expect(environmentOf('src/openFile.ts', "export function open(p) { const fs = require('fs'); return fs.readFileSync(p); }\n")).toBe('node');
  });

  it('is browser for UI code: a JSX file, a client module, a UI framework, a DOM global', () => {
    expect(environmentOf('src/Panel.tsx', 'export const Panel = () => <div />;\n')).toBe('browser');
    expect(environmentOf('src/useThing.ts', "'use client';\nexport const useThing = () => 1;\n")).toBe('browser');
    expect(environmentOf('src/usePanel.ts', "import { useCallback } from 'react';\nexport const usePanel = () => useCallback(() => {}, []);\n")).toBe('browser');
    expect(environmentOf('src/copy.ts', 'export const copy = (text) => navigator.clipboard.writeText(text);\n')).toBe('browser');
    expect(environmentOf('src/scroll.js', 'export function top() { window.scrollTo(0, 0); }\n')).toBe('browser');
    expect(environmentOf('src/worker.ts', 'self.onmessage = (event) => self.postMessage(event.data);\n')).toBe('browser');
  });

  it('is unknown for code that says neither: a type-only UI import, a local named window, code checking where it runs', () => {
    expect(environmentOf('src/store.ts', "import { create } from 'zustand';\nexport const useStore = create(() => ({}));\n")).toBeNull();
    expect(environmentOf('src/types.ts', "import type { FC } from 'react';\nexport type Item = FC;\n")).toBeNull();
    expect(environmentOf('main/updater.ts', 'export function closeAll(all) { all.forEach((window) => window.close()); }\n')).toBeNull();
    expect(environmentOf('src/relay.js', 'export function relay(emitter) { const self = emitter; self.emit("go"); }\n')).toBeNull();
    expect(environmentOf('src/env.ts', "export const isMobile = () => typeof window !== 'undefined' && window.innerWidth < 600;\n")).toBeNull();
  });
});

describe('fileRunsInPage', () => {
  it('is true for a DOM or worker global, a client module, a component', () => {
    expect(fileRunsInPage(fileOf('src/boot.ts', "document.title = 'x';\n"))).toBe(true);
    expect(fileRunsInPage(fileOf('src/worker.ts', 'self.onmessage = () => {};\n'))).toBe(true);
    expect(fileRunsInPage(fileOf('src/useThing.ts', "'use client';\nexport const a = 1;\n"))).toBe(true);
    expect(fileRunsInPage(fileOf('src/App.svelte', 'let a = 1;\n', {}))).toBe(true);
  });

  it("is true for an Electron renderer's component that reaches Node through window.require, false for a plain require", () => {
    expect(fileRunsInPage(fileOf('src/Grid.svelte', "function save(p, text) { window.require('fs').writeFileSync(p, text); }\n", {}))).toBe(true);
    expect(fileRunsInPage(fileOf('src/save.js', "function save(p, text) { require('fs').writeFileSync(p, text); }\ndocument.title = 'x';\n"))).toBe(false);
  });

  it('is false for JSX or a UI framework alone, and for anything only a Node process has', () => {
    expect(fileRunsInPage(fileOf('src/cli.tsx', "import React from 'react';\nimport { render } from 'ink';\nrender(<div />);\n"))).toBe(false);
    expect(fileRunsInPage(fileOf('build.mjs', "import { renderToString } from 'react-dom/server';\nrenderToString(null);\n"))).toBe(false);
    expect(fileRunsInPage(fileOf('src/cli.ts', 'const arg = process.argv[2];\nwindow.x = arg;\n'))).toBe(false);
    expect(fileRunsInPage(fileOf('shot.js', "const puppeteer = require('puppeteer');\nexport const run = (page) => page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));\n"))).toBe(false);
    expect(fileRunsInPage(fileOf('scrape.mjs', "import { chromium } from 'playwright';\nexport const run = (page) => page.evaluate(() => document.title);\n"))).toBe(false);
    expect(fileRunsInPage(fileOf('workers.mjs', 'export const n = navigator.hardwareConcurrency;\n'))).toBe(false);
    expect(fileRunsInPage(fileOf('deno.ts', 'const [name] = Deno.args;\nself.name = name;\n'))).toBe(false);
    expect(fileRunsInPage(fileOf('src/env.ts', "const mode = process.env.NODE_ENV;\ndocument.body.dataset.mode = mode;\n"))).toBe(true);
  });
});
