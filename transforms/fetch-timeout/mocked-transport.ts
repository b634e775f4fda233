/**
 * Does this test file replace the client's transport with a mock? Then its requests never reach
 * the network, and a deadline on them bounds nothing: `globalThis.fetch = vi.fn(…)` before the
 * call, `axios.defaults.adapter = mockAdapter`, `new MockAdapter(axios)`. Only test files
 * (isTestFilePath) are asked: there a request that hangs is also ended by the runner's timeout.
 *
 * What counts as replacing the transport:
 * - fetch: an assignment to `fetch` on `global`, `globalThis`, `window` or `self`;
 *   `vi.stubGlobal('fetch', …)`; `vi.spyOn(<global>, 'fetch')` / `jest.spyOn(…)`; a
 *   `jest-fetch-mock` / `vitest-fetch-mock` import (their `enableMocks()` replaces the global);
 * - axios (the default import's own requests): `<axios>.defaults.adapter = …`,
 *   `new MockAdapter(<axios>)`, `jest.mock('axios')` / `vi.mock('axios')`.
 * Other clients (got, undici, `http.request`) are not judged here.
 */
import type { CallExpression, Node, Program } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { getMemberChain, unwrapExpression } from '../../src/analysis/syntax/expressions';
import type { HttpRequestCall } from '../../src/analysis/resources/http-request-call';

const GLOBAL_OBJECTS = new Set(['global', 'globalThis', 'window', 'self']);
const SPY_ON = new Set(['vi.spyOn', 'jest.spyOn', 'spyOn']);
const STUB_GLOBAL = new Set(['vi.stubGlobal']);
const MODULE_MOCK = new Set(['jest.mock', 'vi.mock', 'jest.doMock', 'vi.doMock']);
const FETCH_MOCK_MODULE = /(?:^|\/)(?:jest|vitest)-fetch-mock$/;

interface MockedTransports {
  fetch: boolean;
  /** Local names of axios whose transport the file replaces (`axios`). */
  axios: Set<string>;
}

const cache = new WeakMap<Program, MockedTransports>();

function stringArgument(node: Node | undefined): string | null {
  return node?.type === 'StringLiteral' ? node.value : null;
}

function readMockedTransports(program: Program): MockedTransports {
  const found: MockedTransports = { fetch: false, axios: new Set() };
  for (const statement of program.body) {
    if (statement.type === 'ImportDeclaration' && FETCH_MOCK_MODULE.test(statement.source.value)) found.fetch = true;
  }
  forEachNode(program, (node) => {
    if (node.type === 'AssignmentExpression' && node.operator === '=') {
      const target = node.left;
      if (target.type !== 'MemberExpression') return;
      const chain = getMemberChain(target);
      if (!chain) return;
      const parts = chain.split('.');
      // Case: `globalThis.fetch = vi.fn(…)`
      if (parts.length === 2 && GLOBAL_OBJECTS.has(parts[0]!) && parts[1] === 'fetch') found.fetch = true;
      // Case: `axios.defaults.adapter = mockAdapter`
      if (parts.length === 3 && parts[1] === 'defaults' && parts[2] === 'adapter') found.axios.add(parts[0]!);
      return;
    }
    if (node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'MockAdapter') {
      // Case: `new MockAdapter(axios)` (axios-mock-adapter)
      const first = node.arguments[0];
      if (first?.type === 'Identifier') found.axios.add(first.name);
      return;
    }
    if (node.type !== 'CallExpression') return;
    const call = node as CallExpression;
    const callee = unwrapExpression(call.callee);
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getMemberChain(callee) : null;
    if (!name) return;
    // Case: `vi.stubGlobal('fetch', fetchMock)`
    if (STUB_GLOBAL.has(name) && stringArgument(call.arguments[0]) === 'fetch') found.fetch = true;
    // Case: `vi.spyOn(globalThis, 'fetch')`
    if (SPY_ON.has(name) && stringArgument(call.arguments[1]) === 'fetch') {
      const object = call.arguments[0];
      if (object?.type === 'Identifier' && GLOBAL_OBJECTS.has(object.name)) found.fetch = true;
    }
    // Case: `jest.mock('axios')`: every import of axios in the file is the mock
    if (MODULE_MOCK.has(name) && stringArgument(call.arguments[0]) === 'axios') found.axios.add('*');
  });
  return found;
}

/** The request at `path` goes to a transport this (test) file replaced with a mock. */
export function isMockedTransport(path: NodePath<CallExpression>, request: HttpRequestCall, program: Program): boolean {
  let mocked = cache.get(program);
  if (!mocked) {
    mocked = readMockedTransports(program);
    cache.set(program, mocked);
  }
  if (request.client === 'fetch') return mocked.fetch;
  if (request.client !== 'axios' || mocked.axios.size === 0) return false;
  if (mocked.axios.has('*')) return true;
  // The axios the request is made with: `axios.get(…)` or `axios(…)`.
  let callee: Node = unwrapExpression(path.node.callee);
  if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') callee = unwrapExpression(callee.object);
  return callee.type === 'Identifier' && mocked.axios.has(callee.name);
}
