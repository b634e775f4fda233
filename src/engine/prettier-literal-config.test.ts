import { describe, expect, it } from 'vitest';
import { readLiteralPrettierConfig } from './prettier-literal-config';

const read = (text: string, file = 'prettier.config.js') => readLiteralPrettierConfig(text, file);

describe('readLiteralPrettierConfig', () => {
  it('reads a config that is one literal object, in every module shape', () => {
    expect(read('module.exports = { semi: false, singleQuote: true, printWidth: 100 };')).toEqual({ semi: false, singleQuote: true, printWidth: 100 });
    expect(read("'use strict';\nmodule.exports = {\n  trailingComma: 'es5',\n};\n")).toEqual({ trailingComma: 'es5' });
    expect(read('export default {\n  singleQuote: true,\n  semi: false,\n  arrowParens: "always",\n};\n')).toEqual({ singleQuote: true, semi: false, arrowParens: 'always' });
    expect(read('/** @type {import("prettier").Config} */\nconst config = { tabWidth: 4 };\n\nexport default config;\n')).toEqual({ tabWidth: 4 });
    expect(read("import type { Config } from 'prettier';\nconst config: Config = { useTabs: true };\nexport default config;\n", 'prettier.config.ts')).toEqual({ useTabs: true });
    expect(read("import { type Config } from 'prettier';\nexport default { semi: true } satisfies Config;\n", 'prettier.config.mts')).toEqual({ semi: true });
    expect(read('module.exports = { overrides: [{ files: ["*.md"], options: { proseWrap: `always` } }], quoteProps: "as-needed", endOfLine: null, x: -1 };')).toEqual({
      overrides: [{ files: ['*.md'], options: { proseWrap: 'always' } }],
      quoteProps: 'as-needed',
      endOfLine: null,
      x: -1,
    });
  });

  it('drops `plugins` whatever names them (a data config never loads plugins)', () => {
    expect(read("module.exports = { plugins: [require.resolve('prettier-plugin-tailwindcss')], semi: false };")).toEqual({ semi: false });
  });

  it('is not data when reading it would need evaluation', () => {
    expect(read("module.exports = { ...require('@acme/prettier-config'), semi: false };")).toBeNull();
    expect(read("module.exports = require('@acme/prettier-config');")).toBeNull();
    expect(read("import base from '@acme/prettier-config';\nexport default { ...base };\n")).toBeNull();
    expect(read("import base from '@acme/prettier-config';\nexport default { semi: false };\n")).toBeNull();
    expect(read('const width = 100;\nmodule.exports = { printWidth: width };\n')).toBeNull();
    expect(read('module.exports = { printWidth: 80 + 20 };')).toBeNull();
    expect(read("module.exports = { ['semi']: false };")).toBeNull();
    expect(read('module.exports = { tabWidth: `${2}` };')).toBeNull();
    expect(read('module.exports = { semi: false };\nconsole.log("hi");\n')).toBeNull();
    expect(read('export default function config() { return { semi: false }; }')).toBeNull();
    expect(read('module.exports = async () => ({ semi: false });')).toBeNull();
    expect(read('module.exports = { semi: false ')).toBeNull();
  });
});
