import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { makeProject } from '../../test/helpers/temp';
import { clearFormattingCache, parseJsonc, resolveProjectFormatting } from './formatting';
import { clearPrettierConfigCache } from './prettier';

const DEFAULTS = { prettier: true, execConfig: false };

function formattingOf(files: Record<string, string>, file = 'src/a.ts', options = DEFAULTS) {
  const dir = makeProject({ [file]: 'go();\n', ...files });
  return resolveProjectFormatting(path.join(dir, file), dir, options);
}

describe('resolveProjectFormatting', () => {
  beforeEach(() => {
    clearFormattingCache();
    clearPrettierConfigCache();
  });

  it('defaults to 80 columns and no formatter', () => {
    expect(formattingOf({})).toEqual({ printWidth: 80, widthSource: 'default', leftTo: null });
  });

  it('reads Biome: formatter.lineWidth, javascript.formatter.lineWidth, comments in biome.jsonc', () => {
    expect(formattingOf({ 'biome.json': '{ "formatter": { "lineWidth": 100 } }' })).toEqual({
      printWidth: 100,
      widthSource: 'Biome (biome.json) formatter.lineWidth',
      leftTo: { formatter: 'Biome (biome.json)' },
    });
    const jsonc = '{\n  // team rule\n  "formatter": { "lineWidth": 100, },\n  "javascript": { "formatter": { "lineWidth": 90 } },\n}\n';
    expect(formattingOf({ 'biome.jsonc': jsonc }).printWidth).toBe(90);
    expect(formattingOf({ 'biome.json': '{}' })).toMatchObject({ printWidth: 80, widthSource: 'Biome (biome.json) default' });
    // Biome with its formatter turned off formats nothing.
    expect(formattingOf({ 'biome.json': '{ "formatter": { "enabled": false } }' }).leftTo).toBeNull();
  });

  it('reads dprint (default 120), deno fmt and oxfmt', () => {
    expect(formattingOf({ 'dprint.json': '{ "typescript": { "lineWidth": 110 }, "lineWidth": 90 }' })).toMatchObject({
      printWidth: 110,
      leftTo: { formatter: 'dprint (dprint.json)' },
    });
    expect(formattingOf({ '.dprint.jsonc': '{ /* no width */ }' })).toMatchObject({ printWidth: 120, widthSource: 'dprint (.dprint.jsonc) default' });
    expect(formattingOf({ 'deno.json': '{ "fmt": { "lineWidth": 100 } }' })).toMatchObject({ printWidth: 100, leftTo: { formatter: 'deno fmt (deno.json)' } });
    // deno.json without `fmt` is a deno project config, not a formatter choice.
    expect(formattingOf({ 'deno.json': '{ "tasks": {} }' }).leftTo).toBeNull();
    expect(formattingOf({ '.oxfmtrc.json': '{ "printWidth": 120 }' })).toMatchObject({ printWidth: 120, leftTo: { formatter: 'oxfmt (.oxfmtrc.json)' } });
  });

  it('takes .editorconfig max_line_length for the file when the formatter config sets no width', () => {
    const editorconfig = 'root = true\n\n[*]\nindent_style = space\n\n[*.{ts,tsx}]\nmax_line_length = 120\n\n[*.md]\nmax_line_length = off\n';
    expect(formattingOf({ '.editorconfig': editorconfig })).toEqual({ printWidth: 120, widthSource: '.editorconfig max_line_length', leftTo: null });
    expect(formattingOf({ '.editorconfig': editorconfig }, 'src/a.js').printWidth).toBe(80);
    expect(formattingOf({ '.editorconfig': editorconfig, 'biome.json': '{}' }).printWidth).toBe(120);
    expect(formattingOf({ '.editorconfig': editorconfig, 'biome.json': '{ "formatter": { "lineWidth": 100 } }' }).printWidth).toBe(100);
  });

  it('prettier: runs itself on data configs; a config that runs code is left to the user, with why', () => {
    expect(formattingOf({ '.prettierrc': '{ "printWidth": 100 }' })).toEqual({ printWidth: 100, widthSource: 'prettier (.prettierrc) printWidth', leftTo: null });
    expect(formattingOf({ 'package.json': '{ "prettier": "@company/prettier-config" }' })).toEqual({
      printWidth: 80,
      widthSource: 'prettier (package.json) default',
      leftTo: { formatter: 'prettier (package.json)', why: 'it names a shared config ("@company/prettier-config"), which runs code; allow it with --exec-config' },
    });
    // A JavaScript config that is one literal object is data: parsed, never run.
    expect(formattingOf({ 'prettier.config.js': 'export default { printWidth: 90 };' })).toEqual({ printWidth: 90, widthSource: 'prettier (prettier.config.js) printWidth', leftTo: null });
    const computed = "module.exports = { ...require('@acme/prettier-config') };";
    expect(formattingOf({ 'prettier.config.js': computed }).leftTo?.why).toBe('it is a JavaScript config that is not one literal object, which runs code; allow it with --exec-config');
    expect(formattingOf({ 'prettier.config.js': computed }, 'src/a.ts', { prettier: true, execConfig: true }).leftTo).toBeNull();
    expect(formattingOf({ '.prettierrc': '{}' }, 'src/a.ts', { prettier: false, execConfig: false }).leftTo?.why).toBe('prettier is turned off');
  });

  it('the nearest config wins; in one folder prettier does', () => {
    expect(formattingOf({ 'biome.json': '{}', 'src/.prettierrc': '{ "printWidth": 90 }' })).toMatchObject({ printWidth: 90, leftTo: null });
    expect(formattingOf({ '.prettierrc': '{ "printWidth": 90 }', 'src/biome.json': '{}' }).leftTo).toEqual({ formatter: 'Biome (biome.json)' });
    expect(formattingOf({ '.prettierrc': '{ "printWidth": 90 }', 'biome.json': '{}' }).leftTo).toBeNull();
  });
});

describe('parseJsonc', () => {
  it('drops comments and trailing commas, not text inside strings', () => {
    expect(parseJsonc('{ "a": "// not a comment", /* c */ "b": [1, 2,], // end\n }')).toEqual({ a: '// not a comment', b: [1, 2] });
    expect(parseJsonc('{ "a": "quote \\" /* x */" }')).toEqual({ a: 'quote " /* x */' });
  });

  it('reads how one-parameter arrows are written from a data config (prettier arrowParens, Biome arrowParentheses)', () => {
    expect(formattingOf({ '.prettierrc': '{ "arrowParens": "avoid" }' }).arrowParens).toBe('avoid');
    expect(formattingOf({ '.prettierrc': '{ "printWidth": 90 }' }).arrowParens).toBeUndefined();
    expect(formattingOf({ 'biome.json': '{ "javascript": { "formatter": { "arrowParentheses": "asNeeded" } } }' }).arrowParens).toBe('avoid');
    expect(formattingOf({ 'biome.json': '{ "javascript": { "formatter": { "arrowParentheses": "always" } } }' }).arrowParens).toBe('always');
  });
});
