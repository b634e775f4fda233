import { describe, expect, it } from 'vitest';
import { parseSource } from '../../engine/parse';
import { walk, type NodePath } from '../../core/traverse';
import { findCommandLineFlag } from './command-line-flag';

/** The flag found for the `setInterval(…)` call of `code`. */
function flagAt(code: string): string | null {
  const ast = parseSource(code, { language: 'js', sourceType: 'module' });
  let found: NodePath | null = null;
  walk(ast.program, (path) => {
    const node = path.node;
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && node.callee.name === 'setInterval') found = path;
  });
  return findCommandLineFlag(found!);
}

describe('findCommandLineFlag', () => {
  it('finds the flag a branch asks the command line for', () => {
    expect(flagAt("function list(opts) { if (opts && opts.rawArgs && opts.rawArgs.indexOf('--watch') > -1) { show(); setInterval(show, 900); return; } }")).toBe('--watch');
    expect(flagAt("function tail(args) { if (args.includes('--follow')) setInterval(poll, 1000); }")).toBe('--follow');
    expect(flagAt("function tail(argv) { argv.indexOf('--follow') !== -1 && setInterval(poll, 1000); }")).toBe('--follow');
    expect(flagAt("function tail(argv) { if (argv.indexOf('--follow') >= 0) { if (ready) setInterval(poll, 1000); } }")).toBe('--follow');
  });

  it('ignores the other branch, a negated or alternative check, another literal, and a check outside the function', () => {
    expect(flagAt("function tail(args) { if (args.includes('--once')) poll(); else setInterval(poll, 1000); }")).toBeNull();
    expect(flagAt("function tail(args) { if (!args.includes('--once')) setInterval(poll, 1000); }")).toBeNull();
    expect(flagAt("function tail(args) { if (args.includes('--follow') || live) setInterval(poll, 1000); }")).toBeNull();
    expect(flagAt("function tail(args) { if (args.indexOf('--follow') === -1) setInterval(poll, 1000); }")).toBeNull();
    expect(flagAt("function tail(tags) { if (tags.includes('live')) setInterval(poll, 1000); }")).toBeNull();
    expect(flagAt("function serve(args, server) { if (args.includes('--watch')) server.on('request', () => { setInterval(poll, 1000); }); }")).toBeNull();
  });
});
