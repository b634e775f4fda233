import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../../test/helpers/ast';
import { findImportedNames, resolveModuleReference } from './module-reference';

describe('resolveModuleReference', () => {
  it('resolves default, named, namespace imports and node: prefixes', () => {
    const s = parseSnippet("import axios from 'axios';\nimport { fetch as f } from 'undici';\nimport * as http from 'node:http';\naxios(); f(); http.get();");
    expect(resolveModuleReference(s.call('axios'), 'axios')).toEqual({ source: 'axios', imported: 'default', via: 'import' });
    expect(resolveModuleReference(s.call('f'), 'f')).toEqual({ source: 'undici', imported: 'fetch', via: 'import' });
    expect(resolveModuleReference(s.call('http.get'), 'http')).toEqual({ source: 'http', imported: '*', via: 'import' });
  });

  it('resolves require forms', () => {
    const s = parseSnippet(
      "const got = require('got');\nconst { request: req } = require('undici');\nconst fetch = require('node-fetch').default;\nimport https = require('https');\ngot(); req(); fetch(); https.get();",
    );
    expect(resolveModuleReference(s.call('got'), 'got')).toEqual({ source: 'got', imported: '*', via: 'require' });
    expect(resolveModuleReference(s.call('req'), 'req')).toEqual({ source: 'undici', imported: 'request', via: 'require' });
    expect(resolveModuleReference(s.call('fetch'), 'fetch')).toEqual({ source: 'node-fetch', imported: 'default', via: 'require' });
    expect(resolveModuleReference(s.call('https.get'), 'https')).toEqual({ source: 'https', imported: '*', via: 'require' });
  });

  it('follows a destructuring of a top-level const alias of the whole module, not a let one or a plain copy', () => {
    const s = parseSnippet(
      "const electron = require('electron');\nconst { app, ipcMain: ipc } = electron;\nlet other = require('electron');\nconst { dialog } = other;\nconst shell = electron;\napp.on(); ipc.on(); dialog.show(); shell.open();",
    );
    expect(resolveModuleReference(s.call('app.on'), 'app')).toEqual({ source: 'electron', imported: 'app', via: 'require' });
    expect(resolveModuleReference(s.call('ipc.on'), 'ipc')).toEqual({ source: 'electron', imported: 'ipcMain', via: 'require' });
    expect(resolveModuleReference(s.call('dialog.show'), 'dialog')).toBeNull();
    expect(resolveModuleReference(s.call('shell.open'), 'shell')).toBeNull();
  });

  it('returns null for locals and globals', () => {
    const s = parseSnippet('const fetch = makeFetch();\nfetch(); setTimeout();');
    expect(resolveModuleReference(s.call('fetch'), 'fetch')).toBeNull();
    expect(resolveModuleReference(s.call('setTimeout'), 'setTimeout')).toBeNull();
  });
});

describe('findImportedNames', () => {
  it('lists aliases of an import', () => {
    const s = parseSnippet("import React, { useEffect as useMyEffect, useLayoutEffect } from 'react';\nconst { useEffect } = require('react');");
    expect(findImportedNames(s.ast.program, 'react', 'useEffect')).toEqual(['useMyEffect', 'useEffect']);
    expect(findImportedNames(s.ast.program, 'react', 'default')).toEqual(['React']);
  });
});
