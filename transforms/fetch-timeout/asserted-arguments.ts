/**
 * Does a test of this module assert the request's exact arguments? Then the fix breaks it: a
 * mocked `fetch` asserted with `toHaveBeenCalledWith(url, { method: 'GET', headers })` is called
 * with `{ method: 'GET', headers, signal }` after the fix, and one asserted with
 * `toHaveBeenCalledWith(url)` gets a second argument (formbricks' integration clients,
 * inbox-zero's posthog and gmail helpers: the auto fix failed the projects' own unit tests).
 * Such a fix stays, as a suggestion that names the assertion.
 *
 * Read in the test files `ProjectQueries.getModuleTests` gives (never the file system):
 * - which names are the mocked client: `fetch`, `global.fetch` / `globalThis.fetch` /
 *   `window.fetch` / `self.fetch`, `vi.mocked(fetch)`, `fetch as Mock`; a mock stubbed in as
 *   fetch (`vi.stubGlobal('fetch', fetchMock)`, `global.fetch = fetchMock`), a spy
 *   (`const spy = vi.spyOn(global, 'fetch')`), jest-fetch-mock's `fetchMock`; other clients by
 *   the callee chain the module writes (`axios.get`, `got.post`), through the same aliases;
 * - the assertions that pin arguments: `toHaveBeenCalledWith` / `toBeCalledWith` /
 *   `toHaveBeenNthCalledWith` / `toHaveBeenLastCalledWith` (and their short names, and
 *   `toHaveBeenCalledExactlyOnceWith`), and `mock.calls[i]`, `mock.calls[i][k]`,
 *   `mock.lastCall`, `mock.calls` (or a `const [url, init] = mock.calls[0]`) compared with
 *   `toEqual` / `toStrictEqual`;
 * - whether one of them pins what the fix changes: the argument count when the fix adds an
 *   argument, else the options argument compared exactly — not with an asymmetric matcher
 *   (`expect.objectContaining`, `expect.anything()`, `expect.any(Object)`);
 * - and whether it can be this request's: an assertion whose literal arguments differ from the
 *   call's (another URL, another `method`, other keys) asserts another request of the module.
 * `toMatchObject`, `.not.…` and a mock that only returns a value pin nothing.
 */
import type { CallExpression, Node, ObjectExpression, TemplateLiteral } from '@babel/types';
import { getMemberChain, getPropertyName, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { OptionsArgument } from '../../src/analysis/resources/http-request-call';
import type { ModuleTest } from '../../src/core/rule';
import { forEachNode } from '../../src/core/traverse';

const CALLED_WITH = new Set(['toHaveBeenCalledWith', 'toBeCalledWith', 'toHaveBeenLastCalledWith', 'lastCalledWith', 'toHaveBeenCalledExactlyOnceWith']);
const NTH_CALLED_WITH = new Set(['toHaveBeenNthCalledWith', 'nthCalledWith']);
const DEEP_EQUAL = new Set(['toEqual', 'toStrictEqual']);
const MOCKED = new Set(['vi.mocked', 'jest.mocked', 'mocked']);
const SPY_ON = new Set(['vi.spyOn', 'jest.spyOn', 'spyOn']);
const GLOBAL_PREFIX = /^(?:global|globalThis|window|self)\./;
/** jest-fetch-mock / vitest-fetch-mock: `fetchMock` is the mocked global fetch. */
const FETCH_MOCK_MODULE = /(?:^|\/)(?:jest|vitest)-fetch-mock$/;

/** Where a test pins the request's arguments. */
export interface ArgumentAssertion {
  /** The test file, from the module's folder (`slack.test.ts`). */
  file: string;
  line: number;
}

/** What an assertion compares: the arguments of one call, or one argument of it. */
type Asserted = { kind: 'arguments'; args: readonly Node[] | null } | { kind: 'argument'; index: number; value: Node };

interface MockAssertion {
  /** The mocked function, as a canonical chain (`fetch`, `axios.get`). */
  subject: string;
  asserted: Asserted;
  line: number;
}

/** A reference to a mock's recorded arguments: all calls, one call's arguments, or one argument. */
type CallsReference = { subject: string; index: 'calls' | 'call' | number };

/** What one test file asserts about mocks (read once per test file). */
interface TestFacts {
  assertions: MockAssertion[];
  /** `const` initialisers by name, to see through `const expected = { … }`. */
  constants: Map<string, Node>;
}

const factsByTest = new WeakMap<ModuleTest, TestFacts>();

/**
 * The assertions of `tests` that the fix of `call` would break: they assert its exact arguments
 * (`options`: where the fix puts the deadline).
 */
export function findArgumentAssertions(tests: readonly ModuleTest[], call: CallExpression, options: OptionsArgument): ArgumentAssertion[] {
  const callee = getMemberChain(call.callee);
  if (!callee) return [];
  const subject = canonicalChain(callee);
  const found: ArgumentAssertion[] = [];
  for (const test of tests) {
    let facts = factsByTest.get(test);
    if (!facts) factsByTest.set(test, (facts = readTestFacts(test)));
    for (const assertion of facts.assertions) {
      if (assertion.subject === subject && breaks(assertion.asserted, call.arguments, options, facts.constants)) found.push({ file: test.file, line: assertion.line });
    }
  }
  return found;
}

/**
 * Why the fix is only suggested: which assertions it would fail. `added`: the key it adds to the
 * options, or `null` when it adds the options argument itself.
 */
export function describeArgumentAssertions(found: readonly ArgumentAssertion[], added: string | null): string {
  const places = found.slice(0, 2).map(({ file, line }) => `${file}:${line}`).join(', ');
  const more = found.length > 2 ? ` and ${found.length - 2} more` : '';
  const [which, them] = found.length === 1 ? ['A test asserts', 'it'] : ['Tests assert', 'them'];
  const change = added === null ? 'the added options argument' : `the added \`${added}\``;
  const update = added === null ? '`expect.anything()` as its new last argument' : '`expect.objectContaining(…)` for the options';
  return `${which} the exact arguments of this request (${places}${more}): ${change} would fail ${them} — update the assertion with the fix (e.g. ${update}).`;
}

/** `global.fetch`, `window.fetch` → `fetch`: the same mocked global. */
function canonicalChain(chain: string): string {
  return chain.replace(GLOBAL_PREFIX, '');
}

// ---------------------------------------------------------------------------------------------
// Does this assertion pin what the fix changes?

function breaks(asserted: Asserted, callArguments: readonly Node[], options: OptionsArgument, constants: Map<string, Node>): boolean {
  const count = callArguments.length;
  // Where the fix writes: a new argument (`adds`) at `index`, or the options argument at `index`.
  let index: number;
  switch (options.kind) {
    case 'absent':
      index = count + options.missingBefore;
      break;
    case 'before-callback':
      index = callArguments.indexOf(options.callback);
      break;
    case 'object':
      index = callArguments.indexOf(options.argument);
      break;
    case 'undefined':
      index = callArguments.indexOf(options.node);
      break;
    default:
      return false;
  }
  const adds = options.kind === 'absent' || options.kind === 'before-callback';
  if (asserted.kind === 'argument') {
    // Case: `mock.calls[0][1]` is the callback that the inserted options move along
    if (adds) return asserted.index >= index && asserted.index < count;
    return asserted.index === index && pinsOptions(asserted.value, callArguments[index]!, options, constants);
  }
  if (asserted.args === null) return true;
  // Case: `toHaveBeenCalledWith(...expectedArguments)`: cannot be lined up
  if (asserted.args.some((arg) => arg.type === 'SpreadElement')) return true;
  // The fix adds an argument, so only an assertion of as many arguments as the call has now fails.
  if (asserted.args.length !== count) return false;
  // Case: another request of the module: `('/api/surveys/1', { method: 'DELETE' })` against `fetch(url, { method: 'POST' })`
  if (!asserted.args.every((arg, position) => position === index || mayEqual(arg, callArguments[position]!, constants))) return false;
  return adds || pinsOptions(asserted.args[index]!, callArguments[index]!, options, constants);
}

/** The asserted value compares the options exactly, and could be this call's options. */
function pinsOptions(value: Node, written: Node, options: OptionsArgument, constants: Map<string, Node>): boolean {
  if (!isExact(value, constants)) return false;
  if (options.kind === 'undefined') return resolveConstant(value, constants).type !== 'ObjectExpression';
  return mayEqual(value, written, constants);
}

/**
 * Whether an asserted value may equal what the module passes (`toEqual`'s deep equality, as far
 * as the text shows): literals by value, a literal string against a template's fixed parts, object
 * literals by their keys and values. Anything the text cannot tell may be equal.
 */
function mayEqual(asserted: Node, written: Node, constants: Map<string, Node>, depth = 0): boolean {
  const expected = resolveConstant(asserted, constants);
  const actual = unwrapExpression(written);
  if (depth > 4 || !isExact(expected, constants)) return true;
  const expectedText = getStaticString(expected);
  if (expectedText !== null) {
    const actualText = getStaticString(actual);
    if (actualText !== null) return actualText === expectedText;
    if (actual.type === 'TemplateLiteral') return templatePattern(actual).test(expectedText);
    return !isLiteral(actual);
  }
  if (expected.type === 'TemplateLiteral') {
    const actualText = getStaticString(actual);
    return actualText === null ? !isLiteral(actual) || actual.type === 'TemplateLiteral' : templatePattern(expected).test(actualText);
  }
  if ((expected.type === 'NumericLiteral' || expected.type === 'BooleanLiteral') && actual.type === expected.type) return expected.value === actual.value;
  if (expected.type === 'ObjectExpression' && actual.type === 'ObjectExpression') {
    const expectedKeys = staticKeys(expected);
    const actualKeys = staticKeys(actual);
    if (!expectedKeys || !actualKeys) return true;
    if (expectedKeys.size !== actualKeys.size) return false;
    for (const [key, value] of expectedKeys) {
      const other = actualKeys.get(key);
      if (!other) return false;
      if (value && other && !mayEqual(value, other, constants, depth + 1)) return false;
    }
    return true;
  }
  // Case: a string asserted where the module writes an object literal, …
  return !isLiteral(expected) || !isLiteral(actual) || expected.type === actual.type;
}

const LITERALS = new Set(['StringLiteral', 'TemplateLiteral', 'NumericLiteral', 'BooleanLiteral', 'NullLiteral', 'ObjectExpression', 'ArrayExpression']);

function isLiteral(node: Node): boolean {
  return LITERALS.has(node.type);
}

/** A string literal's value, or a template literal's without `${…}`. */
function getStaticString(node: Node): string | null {
  if (node.type === 'StringLiteral') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? null;
  return null;
}

/** `/api/surveys/${id}/archive` as a pattern: its fixed parts, anything between them. */
function templatePattern(template: TemplateLiteral): RegExp {
  const parts = template.quasis.map((quasi) => (quasi.value.cooked ?? quasi.value.raw).replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`^${parts.join('[\\s\\S]*')}$`);
}

/** An exact comparison: not an asymmetric matcher (`expect.objectContaining(…)`, `expect.anything()`). */
function isExact(value: Node, constants: Map<string, Node>): boolean {
  const node = resolveConstant(value, constants);
  if (node.type !== 'CallExpression') return true;
  const root = getMemberChain(node.callee)?.split('.')[0];
  return root !== 'expect' && root !== 'jasmine';
}

function resolveConstant(value: Node, constants: Map<string, Node>): Node {
  const node = unwrapExpression(value);
  return node.type === 'Identifier' ? unwrapExpression(constants.get(node.name) ?? node) : node;
}

/** The keys of an object literal with their values (`null`: a method), or `null` when a spread or computed key hides some. */
function staticKeys(object: ObjectExpression): Map<string, Node | null> | null {
  const keys = new Map<string, Node | null>();
  for (const property of object.properties) {
    if (property.type === 'SpreadElement' || property.computed) return null;
    const key = property.key;
    const value = property.type === 'ObjectProperty' ? property.value : null;
    if (key.type === 'Identifier') keys.set(key.name, value);
    else if (key.type === 'StringLiteral') keys.set(key.value, value);
    else if (key.type === 'NumericLiteral') keys.set(String(key.value), value);
    else return null;
  }
  return keys;
}

// ---------------------------------------------------------------------------------------------
// What a test file asserts

function readTestFacts(test: ModuleTest): TestFacts {
  const aliases = new Map<string, string>();
  const callsAliases = new Map<string, CallsReference>();
  const constants = new Map<string, Node>();
  const declared = new Set<string>();
  // Case: jest-fetch-mock's global `fetchMock` (`enableMocks()` in a setup file), when the file declares no `fetchMock`
  forEachNode(test.ast, (node) => {
    if (node.type === 'ImportDeclaration') for (const specifier of node.specifiers) declared.add(specifier.local.name);
    if (node.type === 'VariableDeclarator') forEachNode(node.id, (name) => void (name.type === 'Identifier' && declared.add(name.name)));
  });
  if (!declared.has('fetchMock')) aliases.set('fetchMock', 'fetch');
  // The names, before the assertions (a `let spy` assigned in `beforeEach` is asserted in the tests below it).
  forEachNode(test.ast, (node) => {
    if (node.type === 'ImportDeclaration') {
      for (const specifier of node.specifiers) {
        // Case: `import fetchMock from 'jest-fetch-mock'`
        if (specifier.type === 'ImportDefaultSpecifier' && FETCH_MOCK_MODULE.test(node.source.value)) aliases.set(specifier.local.name, 'fetch');
      }
    } else if (node.type === 'VariableDeclarator' && node.init) {
      if (node.id.type === 'Identifier') {
        constants.set(node.id.name, node.init);
        noteAlias(node.id.name, node.init, aliases, callsAliases);
      } else if (node.id.type === 'ArrayPattern') {
        // Case: `const [url, init] = fetchMock.mock.calls[0]`
        const reference = readCallsReference(node.init, aliases, callsAliases);
        node.id.elements.forEach((element, index) => {
          if (element?.type === 'Identifier' && reference?.index === 'call') callsAliases.set(element.name, { subject: reference.subject, index });
        });
      }
    } else if (node.type === 'AssignmentExpression' && node.operator === '=') {
      const target = getMemberChain(node.left);
      const value = unwrapExpression(node.right);
      // Case: `global.fetch = fetchMock`
      if (target?.includes('.') && value.type === 'Identifier') aliases.set(value.name, canonicalChain(target));
      // Case: `spy = vi.spyOn(global, 'fetch')` (a `let` of the suite)
      else if (node.left.type === 'Identifier') noteAlias(node.left.name, node.right, aliases, callsAliases);
    } else if (node.type === 'CallExpression') {
      const callee = getMemberChain(node.callee);
      const [name, value] = node.arguments;
      const stubbed = value ? unwrapExpression(value) : null;
      // Case: `vi.stubGlobal('fetch', fetchMock)`
      if ((callee === 'vi.stubGlobal' || callee === 'jest.stubGlobal') && name?.type === 'StringLiteral' && stubbed?.type === 'Identifier') aliases.set(stubbed.name, name.value);
    }
  });

  const assertions: MockAssertion[] = [];
  forEachNode(test.ast, (node) => {
    if (node.type !== 'CallExpression') return;
    const callee = unwrapExpression(node.callee);
    if (callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') return;
    const matcher = getPropertyName(callee);
    const expectCall = unwrapExpression(callee.object);
    // `expect(x).not.toHaveBeenCalledWith(…)` has a member here, not the `expect(x)` call.
    if (!matcher || expectCall.type !== 'CallExpression' || getMemberChain(expectCall.callee) !== 'expect') return;
    const actual = expectCall.arguments[0];
    if (!actual || actual.type === 'SpreadElement' || actual.type === 'ArgumentPlaceholder') return;
    const line = expectCall.loc?.start.line ?? node.loc?.start.line ?? 0;
    if (CALLED_WITH.has(matcher) || NTH_CALLED_WITH.has(matcher)) {
      const subject = resolveSubject(actual, aliases);
      const args = NTH_CALLED_WITH.has(matcher) ? node.arguments.slice(1) : node.arguments;
      if (subject) assertions.push({ subject, asserted: { kind: 'arguments', args }, line });
      return;
    }
    const expected = node.arguments[0];
    if (!DEEP_EQUAL.has(matcher) || !expected || expected.type === 'SpreadElement' || expected.type === 'ArgumentPlaceholder') return;
    const reference = readCallsReference(actual, aliases, callsAliases);
    if (!reference) return;
    for (const asserted of readDeepEqual(reference, expected, constants)) assertions.push({ subject: reference.subject, asserted, line });
  });
  return { assertions, constants };
}

/** What `toEqual(expected)` asserts of a mock's recorded calls. */
function readDeepEqual(reference: CallsReference, expected: Node, constants: Map<string, Node>): Asserted[] {
  if (typeof reference.index === 'number') return [{ kind: 'argument', index: reference.index, value: expected }];
  const value = resolveConstant(expected, constants);
  const argumentLists = (list: Node): readonly Node[] | null => (list.type === 'ArrayExpression' && list.elements.every((element) => element !== null) ? (list.elements as Node[]) : null);
  // Case: `expect(fetchMock.mock.calls[0]).toEqual([url, { method: 'GET' }])`
  if (reference.index === 'call') return [{ kind: 'arguments', args: argumentLists(value) }];
  // Case: `expect(fetchMock.mock.calls).toEqual([[url, init]])`
  if (value.type !== 'ArrayExpression') return [{ kind: 'arguments', args: null }];
  return value.elements.filter((element) => element !== null).map((element) => ({ kind: 'arguments', args: argumentLists(resolveConstant(element, constants)) }));
}

/** Notes what `name` holds when it is the mocked client (`vi.spyOn(global, 'fetch')`) or a view of its calls. */
function noteAlias(name: string, init: Node, aliases: Map<string, string>, callsAliases: Map<string, CallsReference>): void {
  const reference = readCallsReference(init, aliases, callsAliases);
  if (reference) {
    callsAliases.set(name, reference);
    return;
  }
  const subject = resolveMockTarget(init, aliases);
  if (subject) aliases.set(name, subject);
}

/** The mocked function an expression stands for, as a canonical chain. */
function resolveMockTarget(init: Node, aliases: Map<string, string>): string | null {
  let node = unwrapExpression(init);
  // Case: `vi.spyOn(global, 'fetch').mockResolvedValue(response)`
  while (node.type === 'CallExpression') {
    const callee = unwrapExpression(node.callee);
    const chain = getMemberChain(callee);
    if (chain && SPY_ON.has(chain)) {
      const [object, method] = node.arguments;
      const owner = object ? getMemberChain(object) : null;
      return owner && method?.type === 'StringLiteral' ? canonicalChain(`${resolveChainRoot(owner, aliases)}.${method.value}`) : null;
    }
    // Case: `createFetchMock(vi)` (vitest-fetch-mock)
    if (chain === 'createFetchMock') return 'fetch';
    if (chain && MOCKED.has(chain)) return node.arguments[0] ? resolveSubject(node.arguments[0], aliases) : null;
    if (callee.type !== 'MemberExpression' || !getPropertyName(callee)?.startsWith('mock')) return null;
    node = unwrapExpression(callee.object);
  }
  // Case: `const mockFetch = global.fetch as Mock`
  const chain = getMemberChain(node);
  return chain ? canonicalChain(resolveChainRoot(chain, aliases)) : null;
}

/** The mocked function `expect(actual)` names, as a canonical chain (`vi.mocked(global.fetch)` → `fetch`). */
function resolveSubject(actual: Node, aliases: Map<string, string>): string | null {
  const node = unwrapExpression(actual);
  if (node.type === 'CallExpression') {
    const chain = getMemberChain(node.callee);
    return chain && MOCKED.has(chain) && node.arguments[0] ? resolveSubject(node.arguments[0], aliases) : null;
  }
  const chain = getMemberChain(node);
  return chain ? canonicalChain(resolveChainRoot(chain, aliases)) : null;
}

/** `mockedAxios.get` with `const mockedAxios = vi.mocked(axios)` → `axios.get`. */
function resolveChainRoot(chain: string, aliases: Map<string, string>): string {
  const [root, ...rest] = chain.split('.');
  const alias = aliases.get(root!);
  return alias ? [alias, ...rest].join('.') : chain;
}

/** `fetchMock.mock.calls[0][1]`, `fetchMock.mock.lastCall`, or a name holding one of them. */
function readCallsReference(expression: Node, aliases: Map<string, string>, callsAliases: Map<string, CallsReference>): CallsReference | null {
  let node = unwrapExpression(expression);
  const indices: number[] = [];
  while ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.computed) {
    if (node.property.type !== 'NumericLiteral') return null;
    indices.unshift(node.property.value);
    node = unwrapExpression(node.object);
  }
  if (node.type === 'Identifier') {
    const named = callsAliases.get(node.name);
    if (!named || indices.length > 1) return null;
    if (indices.length === 0) return named;
    if (named.index === 'calls') return { subject: named.subject, index: 'call' };
    return named.index === 'call' ? { subject: named.subject, index: indices[0]! } : null;
  }
  if (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') return null;
  const list = getPropertyName(node);
  const mock = unwrapExpression(node.object);
  if ((list !== 'calls' && list !== 'lastCall') || (mock.type !== 'MemberExpression' && mock.type !== 'OptionalMemberExpression') || getPropertyName(mock) !== 'mock') return null;
  const subject = resolveSubject(mock.object, aliases);
  if (!subject) return null;
  // `calls` → `calls[i]` → `calls[i][k]`; `lastCall` is `calls[i]`.
  const depth = indices.length + (list === 'lastCall' ? 1 : 0);
  if (depth === 0) return { subject, index: 'calls' };
  if (depth === 1) return { subject, index: 'call' };
  return depth === 2 ? { subject, index: indices[indices.length - 1]! } : null;
}
