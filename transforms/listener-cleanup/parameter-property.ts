/**
 * TypeScript parameter properties: `constructor(private readonly bus: Bus) { bus.on(...) }`
 * declares the field `this.bus` and the parameter `bus` with the same value. Inside the
 * constructor the parameter and the field are one object as long as neither is written again
 * (the parameter is never reassigned; the field may be, elsewhere, which the caller of
 * `isParameterPropertyOf` accepts the same way it accepts any `this.x` read twice).
 *
 * The JavaScript form counts the same: `constructor(light) { this.light = light; … }`, the
 * parameter stored as a field by a statement of the constructor's body (not inside a branch);
 * so does a method's parameter stored that way (`connect(document) { this._document =
 * document; document.addEventListener(…) }` and `disconnect() { this._document.removeEventListener(…) }`):
 * the field holds that parameter's value from then on, as a `this.x` read in two methods does.
 * So does a `const` of the method's own body stored that way (`const uid = uuidv4(); this.id =
 * uid;`). And a React class component's constructor parameters handed to `super(props,
 * context)`, which React's `Component` stores as `this.props` and `this.context`.
 */
import type { Class, ClassMethod, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { isReassigned } from '../../src/analysis/syntax/binding-writes';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { resolveClassOwner } from '../../src/analysis/lifecycle/class-owner';

/** `identifier` is a constructor parameter property of `classNode` named like the member `this.<name>`, or a parameter the constructor stores as `this.<name>`. */
export function isParameterPropertyOf(identifier: NodePath, member: NodePath): boolean {
  const id = identifier.node;
  const node = member.node;
  if (id.type !== 'Identifier' || (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.object.type !== 'ThisExpression') return false;
  const name = node.computed ? null : getPropertyName(node);
  if (name === null) return false;
  const binding = findBinding(identifier, id.name);
  if (!binding) return false;
  // Case: `const uid = uuidv4(); this.id = uid; ipcMain.on(uid, …)` (hyper's rpc server): a
  // `const` of the method's body stored as a field, the same value as a parameter would be
  const local = binding.kind === 'const' ? findEnclosingClassMethod(identifier) : null;
  const constructor = local && (binding.scope === local || binding.scope === local.body) ? local : binding.declaration;
  if ((binding.kind !== 'param' && !local) || constructor?.type !== 'ClassMethod' || (constructor.kind !== 'constructor' && constructor.kind !== 'method') || constructor.static) return false;
  // Case: `private bus: Bus`, `readonly bus = defaultBus`
  const declared =
    (name === id.name &&
      constructor.params.some((param) => {
        if (param.type !== 'TSParameterProperty') return false;
        const inner = param.parameter.type === 'AssignmentPattern' ? param.parameter.left : param.parameter;
        return inner === binding.identifier;
      })) ||
    // Case: `constructor(light) { this.light = light; }`, `connect(document) { this._document = document; }`
    constructor.body.body.some((statement) => {
      if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression' || statement.expression.operator !== '=') return false;
      const { left, right } = statement.expression;
      return left.type === 'MemberExpression' && left.object.type === 'ThisExpression' && !left.computed && getPropertyName(left) === name && right.type === 'Identifier' && right.name === id.name;
    });
  const classPathOfMember = resolveThisClass(member)?.classPath ?? null;
  if (!(declared || isReactSuperArgument(constructor, binding.identifier, name, classPathOfMember)) || isReassigned(binding, identifier)) return false;
  const classOfMember: Class | undefined = classPathOfMember?.node;
  let classOfParameter: NodePath | null = identifier;
  while (classOfParameter && classOfParameter.node !== constructor) classOfParameter = classOfParameter.parentPath;
  return classOfMember !== undefined && classOfParameter?.parentPath?.parentPath?.node === classOfMember;
}

/** What React's `Component(props, context)` stores, by the position of its argument. */
const REACT_SUPER_FIELDS = ['props', 'context'];

/**
 * `constructor(props, context) { super(props, context); … }` of a React class component: React's
 * `Component` constructor stores its arguments as `this.props` and `this.context`, so `context`
 * there is `this.context` in `componentWillUnmount()` (as a `this.context` read in two methods is).
 */
function isReactSuperArgument(constructor: ClassMethod, parameter: Node, name: string, classPath: NodePath<Class> | null): boolean {
  const position = REACT_SUPER_FIELDS.indexOf(name);
  if (position === -1 || constructor.kind !== 'constructor' || !classPath || resolveClassOwner(classPath).kind !== 'react-class') return false;
  if (!constructor.params.includes(parameter as never)) return false;
  return constructor.body.body.some((statement) => {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'CallExpression' || statement.expression.callee.type !== 'Super') return false;
    const argument = statement.expression.arguments[position];
    return argument?.type === 'Identifier' && argument.name === (parameter as { name?: string }).name;
  });
}

/** The class method `path` is directly in (no function between), else `null`. */
function findEnclosingClassMethod(path: NodePath): ClassMethod | null {
  for (let current = path.parentPath; current; current = current.parentPath) {
    const node = current.node;
    if (node.type === 'ClassMethod') return node;
    if (node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression' || node.type === 'ObjectMethod' || node.type === 'ClassPrivateMethod') return null;
  }
  return null;
}
