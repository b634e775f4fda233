import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isNodeCode } from './node-code';

const nodeCode = (code: string) => isNodeCode(parseSnippet(code, 'ts').ast.program);

describe('isNodeCode', () => {
  it('sees a Node built-in imported, re-exported, required or imported dynamically', () => {
    expect(nodeCode("import { spawn } from 'node:child_process';")).toBe(true);
    expect(nodeCode("import fs from 'fs';")).toBe(true);
    expect(nodeCode("import { finished } from 'stream/promises';")).toBe(true);
    expect(nodeCode("export * from 'node:events';")).toBe(true);
    expect(nodeCode("const net = require('net');")).toBe(true);
    expect(nodeCode("async function load() { const { readFile } = await import('node:fs/promises'); }")).toBe(true);
  });

  it('does not take packages, relative modules or browser code for Node code', () => {
    expect(nodeCode("import { once } from 'lodash';")).toBe(false);
    expect(nodeCode("import events from './events';")).toBe(false);
    expect(nodeCode("const image = new Image(); image.addEventListener('load', () => {});")).toBe(false);
    // `require` of a package is not a built-in
    expect(nodeCode("const ws = require('ws');")).toBe(false);
  });
});
