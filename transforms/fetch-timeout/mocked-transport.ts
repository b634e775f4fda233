/**
 * Does the test this request runs in replace the client's transport with a mock? Then the
 * request never reaches the network, and a deadline on it bounds nothing. Only test files
 * (isTestFilePath) are asked: there a request that hangs is also ended by the runner's timeout.
 *
 * The mock must be set where it holds for this request: a statement before the request in its
 * own function or in a function around it (the test's body, a `describe` callback, the file's
 * top level), or a `beforeEach` / `beforeAll` hook among those statements. A mock another test
 * sets (and an `afterEach` that restores the original) does not count: a file that mocks
 * `fetch` in one test may fetch its own test server in the next.
 *
 * What sets a mock:
 * - fetch: an assignment to `fetch` on `global`, `globalThis`, `window` or `self`;
 *   `vi.stubGlobal('fetch', …)`; `vi.spyOn(<global>, 'fetch')` / `jest.spyOn(…)` (also chained:
 *   `.mockResolvedValue(…)`); `fetchMock.enableMocks()` / `enableFetchMocks()` of
 *   `jest-fetch-mock` / `vitest-fetch-mock`;
 * - axios (a request made on the default import): `<axios>.defaults.adapter = …`,
 *   `new MockAdapter(<axios>)`, `jest.mock('axios')` / `vi.mock('axios')`.
 * Other clients (got, undici, `http.request`) are not judged here.
 */
import type { CallExpression, Node, Statement } from '@babel/types';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { getMemberChain, unwrapExpression } from '../../src/analysis/syntax/expressions';
import { isFunctionNode } from '../../src/analysis/syntax/scope';
import type { HttpRequestCall } from '../../src/analysis/resources/http-request-call';

const GLOBAL_OBJECTS = new Set(['global', 'globalThis', 'window', 'self']);
const SPY_ON = new Set(['vi.spyOn', 'jest.spyOn', 'spyOn']);
const MODULE_MOCK = new Set(['jest.mock', 'vi.mock', 'jest.doMock', 'vi.doMock']);
const ENABLE_FETCH_MOCKS = new Set(['fetchMock.enableMocks', 'enableFetchMocks', 'fetchMock.mockGlobal']);
const SETUP_HOOKS = new Set(['beforeEach', 'beforeAll']);

type Transport = { kind: 'fetch' } | { kind: 'axios'; name: string };

function stringArgument(node: Node | undefined): string | null {
  return node?.type === 'StringLiteral' ? node.value : null;
}

function calleeName(call: CallExpression): string | null {
  const callee = unwrapExpression(call.callee);
  return callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? getMemberChain(callee) : null;
}

/** `node` (an expression) replaces `transport`. */
function setsMock(node: Node, transport: Transport): boolean {
  const value = unwrapExpression(node);
  if (value.type === 'AssignmentExpression' && value.operator === '=' && value.left.type === 'MemberExpression') {
    const parts = (getMemberChain(value.left) ?? '').split('.');
    // Case: `globalThis.fetch = vi.fn(…)`
    if (transport.kind === 'fetch') return parts.length === 2 && GLOBAL_OBJECTS.has(parts[0]!) && parts[1] === 'fetch';
    // Case: `axios.defaults.adapter = mockAdapter`
    return parts.length === 3 && parts[0] === transport.name && parts[1] === 'defaults' && parts[2] === 'adapter';
  }
  // Case: `new MockAdapter(axios)` (axios-mock-adapter)
  if (value.type === 'NewExpression') {
    const first = value.arguments[0];
    return transport.kind === 'axios' && value.callee.type === 'Identifier' && value.callee.name === 'MockAdapter' && first?.type === 'Identifier' && first.name === transport.name;
  }
  if (value.type !== 'CallExpression') return false;
  const name = calleeName(value);
  // Case: `vi.spyOn(globalThis, 'fetch').mockResolvedValue(…)`: the spy is the innermost call of the chain
  const callee = unwrapExpression(value.callee);
  if (callee.type === 'MemberExpression' && callee.object.type === 'CallExpression' && setsMock(callee.object, transport)) return true;
  if (!name) return false;
  if (transport.kind === 'fetch') {
    if (name === 'vi.stubGlobal' && stringArgument(value.arguments[0]) === 'fetch') return true;
    if (ENABLE_FETCH_MOCKS.has(name)) return true;
    const object = value.arguments[0];
    return SPY_ON.has(name) && stringArgument(value.arguments[1]) === 'fetch' && object?.type === 'Identifier' && GLOBAL_OBJECTS.has(object.name);
  }
  // Case: `jest.mock('axios')`: every import of axios in the file is the mock
  return MODULE_MOCK.has(name) && stringArgument(value.arguments[0]) === 'axios';
}

/** The statement sets the mock itself (`x = …;`, `const mock = new MockAdapter(axios);`), or is a setup hook whose callback does. */
function statementSetsMock(statement: Statement, transport: Transport, before: boolean): boolean {
  if (statement.type === 'ExpressionStatement') {
    const expression = unwrapExpression(statement.expression);
    if (expression.type === 'CallExpression' && SETUP_HOOKS.has(calleeName(expression) ?? '')) {
      const callback = expression.arguments.find((argument) => isFunctionNode(argument));
      let found = false;
      if (callback) forEachNode(callback, (node) => {
        if (found) return false;
        if (setsMock(node, transport)) found = true;
      });
      return found;
    }
    return before && setsMock(expression, transport);
  }
  if (statement.type === 'VariableDeclaration' && before) return statement.declarations.some((declarator) => declarator.init != null && setsMock(declarator.init, transport));
  return false;
}

/** The request at `path` goes to a transport its test replaced with a mock. */
export function isMockedTransport(path: NodePath<CallExpression>, request: HttpRequestCall): boolean {
  let transport: Transport;
  if (request.client === 'fetch') {
    transport = { kind: 'fetch' };
  } else if (request.client === 'axios') {
    // The axios the request is made with: `axios.get(…)` or `axios(…)`.
    let callee: Node = unwrapExpression(path.node.callee);
    if (callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') callee = unwrapExpression(callee.object);
    if (callee.type !== 'Identifier') return false;
    transport = { kind: 'axios', name: callee.name };
  } else {
    return false;
  }
  const at = path.node.start!;
  for (let current: NodePath | null = path.parentPath; current; current = current.parentPath) {
    const node = current.node;
    const body = node.type === 'Program' ? node.body : isFunctionNode(node) && (node as { body: Node }).body.type === 'BlockStatement' ? ((node as { body: { body: Statement[] } }).body.body) : null;
    if (!body) continue;
    for (const statement of body) {
      if (statement.start! <= at && statement.end! >= at) continue;
      if (statementSetsMock(statement, transport, statement.end! <= at)) return true;
    }
  }
  return false;
}
