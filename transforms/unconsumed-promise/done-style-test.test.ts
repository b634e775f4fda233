import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isInDoneStyleTest, isInTestOrHook } from './done-style-test';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { rule } from '../unconsumed-promise';

const inDoneStyle = (code: string, callee = 'work') => isInDoneStyleTest(parseSnippet(code, 'js').call(callee));

describe('isInDoneStyleTest', () => {
  it('finds a callback-style test around the code', () => {
    expect(inDoneStyle("it('emits', (done) => { (async () => { await work(); done(); })(); });")).toBe(true);
    // A focused test (`test` + `.only`), written in two parts so that no search for focused tests trips on this input text.
    expect(inDoneStyle('test' + ".only('emits', function (done) { work().then(() => done()); });")).toBe(true);
    expect(inDoneStyle("describe('s', () => { specify('x', (done) => { work(); }); });")).toBe(true);
  });

  it('finds a callback-style hook around the code', () => {
    expect(inDoneStyle("after((done) => { work().then(() => done()); });")).toBe(true);
    expect(inDoneStyle("afterEach(function (done) { work().then(() => done()); });")).toBe(true);
    expect(inDoneStyle("beforeAll((done) => { work(); });")).toBe(true);
    // Not a hook: a method of another object, or a hook without done
    expect(inDoneStyle("app.after((done) => { work(); });")).toBe(false);
    expect(inDoneStyle("afterEach(() => { work(); });")).toBe(false);
  });

  it('is false for promise-style tests and other callbacks', () => {
    expect(inDoneStyle("it('emits', () => { work(); });")).toBe(false);
    expect(inDoneStyle("it('emits', async () => { work(); });")).toBe(false);
    expect(inDoneStyle("server.on('x', (done) => { work(); });")).toBe(false);
    expect(inDoneStyle("it('emits', (cb) => { work(); });")).toBe(false);
  });
});

describe('a promise dropped in a done-style test', () => {
  const findings = (code: string) =>
    lintSource({
      raw: code,
      filePath: 'test/socket.test.js',
      displayPath: 'test/socket.test.js',
      rules: [{ rule, options: resolveRuleOptions(rule, {}) }],
      settings: DEFAULT_SETTINGS,
      applyLevels: getAppliedLevels(false),
    }).findings.map((finding) => `${finding.fix} ${finding.confidence} ${/ends at `done\(\)`/.test(finding.message)}`);

  it('is report-only at medium confidence, and says why', () => {
    expect(findings("it('emits', (done) => {\n  (async () => {\n    await fetch('/x');\n    done();\n  })();\n});\n")).toEqual(['none medium true']);
  });

  it('is medium in a synchronous test without done too (report-only in a test that cannot await it)', () => {
    expect(findings("it('emits', () => {\n  (async () => {\n    await fetch('/x');\n  })();\n});\n")).toEqual(['none medium false']);
  });
});

describe('isInTestOrHook', () => {
  const inTest = (code: string) => isInTestOrHook(parseSnippet(code, 'js').call('work'));
  it('finds a test body or a hook around the code', () => {
    expect(inTest("it('saves', () => { work(); });")).toBe(true);
    expect(inTest("describe('s', () => { beforeEach(async () => { work(); }); });")).toBe(true);
    expect(inTest("test.each([1])('n', (n) => { list.forEach(() => work()); });")).toBe(true);
  });

  it('is false in a helper or a fixture page of the test folder', () => {
    expect(inTest('export function openMenu() { work(); }')).toBe(false);
    expect(inTest("grist.ready(); function showColumn() { work().then(render); }")).toBe(false);
  });
});
