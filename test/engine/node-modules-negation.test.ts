import { describe, expect, it } from 'vitest';
import { isReincluded, mayReinclude, parseNodeModulesNegations } from '../../src/engine/node-modules-negation';

describe('parseNodeModulesNegations', () => {
  it('keeps only negation lines that name node_modules', () => {
    const text = 'node_modules\n!packages/node_modules\r\n!keep.js\n\\!node_modules/literal\n# !node_modules\n!/packages/node_modules/@scope/  \n';
    expect(parseNodeModulesNegations(text, '').map((n) => [n.start, n.dirOnly, n.glob])).toEqual([
      ['packages/node_modules', false, false],
      ['packages/node_modules/@scope', true, false],
    ]);
  });

  it('is empty, without splitting the text, when no line can be one', () => {
    expect(parseNodeModulesNegations('node_modules/\ndist/\n', '')).toEqual([]);
    expect(parseNodeModulesNegations('!keep.js\n', '')).toEqual([]);
  });

  it('anchors a pattern with a slash to its .gitignore folder; one without matches at any depth', () => {
    const [anchored] = parseNodeModulesNegations('!lib/node_modules\n', 'pkg');
    expect(anchored!.start).toBe('pkg/lib/node_modules');
    expect(anchored!.regex.test('lib/node_modules')).toBe(true);
    expect(anchored!.regex.test('x/lib/node_modules')).toBe(false);
    const [floating] = parseNodeModulesNegations('!node_modules\n', 'pkg');
    expect(floating!.start).toBe('pkg');
    expect(floating!.regex.test('a/b/node_modules')).toBe(true);
  });
});

describe('isReincluded', () => {
  const nodeRed = parseNodeModulesNegations('node_modules\n!packages/node_modules\n!test/**/node_modules\n!packages/node_modules/**/docs\n', '');

  it('every node_modules folder on the path must be named by a negation', () => {
    expect(isReincluded('packages/node_modules/@node-red/util/index.js', nodeRed)).toBe(true);
    expect(isReincluded('test/node_modules/nr-test-utils/index.js', nodeRed)).toBe(true);
    expect(isReincluded('test/unit/resources/node_modules/mod/index.js', nodeRed)).toBe(true);
    expect(isReincluded('node_modules/express/index.js', nodeRed)).toBe(false);
    // The pattern names the outer folder only, not the nested one below it.
    expect(isReincluded('packages/node_modules/@node-red/util/node_modules/dep/index.js', nodeRed)).toBe(false);
    expect(isReincluded('src/index.js', nodeRed)).toBe(true);
  });

  it('a negation may name a path below the node_modules folder', () => {
    const scoped = parseNodeModulesNegations('packages/node_modules/*\n!/packages/node_modules/@scope/\n', '');
    expect(isReincluded('packages/node_modules/@scope/a/index.js', scoped)).toBe(true);
    expect(isReincluded('packages/node_modules/other/index.js', scoped)).toBe(false);
    // A folder-only pattern does not name a file of that name.
    expect(isReincluded('packages/node_modules/@scope', scoped)).toBe(false);
  });

  it('a nested .gitignore counts for folders below it only', () => {
    const nested = parseNodeModulesNegations('!node_modules/\n', 'packages/a');
    expect(isReincluded('packages/a/node_modules/b/index.js', nested)).toBe(true);
    expect(isReincluded('packages/c/node_modules/b/index.js', nested)).toBe(false);
  });

  it('`from` skips the node_modules folders above the folder the user named', () => {
    expect(isReincluded('node_modules/x/node_modules/y/index.js', nodeRed, 2)).toBe(false);
    expect(isReincluded('node_modules/x/lib/index.js', nodeRed, 2)).toBe(true);
  });

  it('mayReinclude: a walk enters a node_modules folder a negation names, starts in, or may reach with a glob', () => {
    expect(mayReinclude('packages/node_modules', nodeRed)).toBe(true);
    expect(mayReinclude('test/a/node_modules', nodeRed)).toBe(true);
    expect(mayReinclude('node_modules', nodeRed)).toBe(false);
    expect(mayReinclude('lib/node_modules', parseNodeModulesNegations('!lib/node_modules/@scope/\n', ''))).toBe(true);
  });
});
