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
 * context)`, which React's `Component` stores as `this.props` and `this.context`. And a
 * handler field's parameter stored the same way — a React ref callback written as an arrow field,
 * `private onRef = (ref) => { if (ref === null) this.container?.removeEventListener(…); else
 * ref.addEventListener(…); this.container = ref; }`: the removal on `this.container` reads the
 * element the previous call stored, the one it listened on (GitHub Desktop's lists, resizable
 * panes and tooltips).
 */
import type { Class, ClassDeclaration, ClassExpression, ClassMethod, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { isReassigned } from '../../src/analysis/syntax/binding-writes';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { findBinding } from '../../src/analysis/syntax/scope';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { resolveClassOwner } from '../../src/analysis/lifecycle/class-owner';
import { getClassMemberName } from '../../src/analysis/syntax/class-member-name';
import { resolveConstructorFieldIndex } from './target-origin';

/** `identifier` is a constructor parameter property of `classNode` named like the member `this.<name>`, or a parameter the constructor stores as `this.<name>`. */
export function isParameterPropertyOf(identifier: NodePath, member: NodePath): boolean {
  const id = identifier.node;
  const node = member.node;
  if (id.type !== 'Identifier' || (node.type !== 'MemberExpression' && node.type !== 'OptionalMemberExpression') || node.object.type !== 'ThisExpression') return false;
  const name = node.computed ? null : getPropertyName(node);
  if (name === null) return false;
  const binding = findBinding(identifier, id.name);
  if (!binding) return false;
  // Case: `private onRef = (ref) => { if (ref === null) this.container?.removeEventListener('x', this.onX); else
  // ref.addEventListener('x', this.onX); this.container = ref; }`: a handler field storing its parameter
  if (binding.kind === 'param' && isStoredByHandlerField(identifier, binding, name, member)) return true;
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
  if (!(declared || isReactSuperArgument(constructor, binding.identifier, name, classPathOfMember) || isBaseStoredArgument(constructor, binding.identifier, name, classPathOfMember)) || isReassigned(binding, identifier)) return false;
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

/**
 * `init(renderer) { super.init(renderer); … }`, `constructor(target) { super(target); … }`: the
 * method hands its parameter to the base class's method of the same name (or the base's
 * constructor), and reads back the field the base stores it in — `this.<name>`, a field no code
 * of this class assigns.
 *
 * When the base is declared in this file, its body says which field: the base's method stores
 * its parameter at the position the call hands it as `this.<field>` (`init(backend) {
 * this.renderer = backend; }`: any name), or the base's constructor does
 * (`resolveConstructorFieldIndex`), and `name` must be that field. When the base is in another
 * file (three.js's WebGL backend: `init(renderer)` adds a `webglcontextlost` listener to
 * `renderer.domElement`, and `dispose()` removes it from `this.renderer.domElement`, which
 * `Backend.init(renderer)` in `common/Backend.js` set), only a method counts, handing the parameter
 * at its own position and reading it back under its own name (its base's body is not read
 * across files); not a constructor's `super(x)`: a base's constructor stores its arguments under
 * names of its own (React's `Component(props, context)`).
 */
function isBaseStoredArgument(method: ClassMethod, parameter: Node, name: string, classPath: NodePath<Class> | null): boolean {
  if (!classPath || !classPath.node.superClass) return false;
  const parameterName = (parameter as { name?: string }).name;
  const position = method.params.indexOf(parameter as never);
  if (position === -1 || parameterName === undefined) return false;
  const isConstructor = method.kind === 'constructor';
  if (!isConstructor && (method.kind !== 'method' || method.key.type !== 'Identifier' || method.computed)) return false;
  const methodName = isConstructor ? null : (method.key as { name: string }).name;
  // The statement handing the parameter on: `super(…)` / `super.init(…)`, awaited or not, and where in its arguments.
  let handedAt = -1;
  for (const statement of method.body.body) {
    if (statement.type !== 'ExpressionStatement') continue;
    let call = statement.expression;
    if (call.type === 'AwaitExpression') call = call.argument;
    if (call.type !== 'CallExpression') continue;
    const callee = call.callee;
    const isBaseCall = isConstructor ? callee.type === 'Super' : callee.type === 'MemberExpression' && callee.object.type === 'Super' && !callee.computed && callee.property.type === 'Identifier' && callee.property.name === methodName;
    if (!isBaseCall) continue;
    const index = call.arguments.findIndex((argument) => argument.type === 'Identifier' && argument.name === parameterName);
    if (index !== -1 && call.arguments.slice(0, index).every((argument) => argument.type !== 'SpreadElement')) handedAt = index;
    break;
  }
  if (handedAt === -1 || isFieldAssignedInClass(classPath.node, name)) return false;
  const base = resolveSameFileBase(classPath);
  if (base) return isConstructor ? resolveConstructorFieldIndex(classPath, base, name) === handedAt : baseMethodStoresAs(base, methodName!, handedAt) === name;
  // The base is not in this file: a method's parameter handed at its own position, read back under its own name.
  return !isConstructor && handedAt === position && parameterName === name;
}

/** The base class of `classPath` when this file declares it (`class A extends Base`, `class Base {…}`). */
function resolveSameFileBase(classPath: NodePath<Class>): ClassDeclaration | ClassExpression | null {
  const superClass = classPath.node.superClass;
  if (superClass?.type !== 'Identifier') return null;
  const binding = findBinding(classPath, superClass.name);
  const declaration = binding?.declaration;
  return binding?.kind === 'class' && (declaration?.type === 'ClassDeclaration' || declaration?.type === 'ClassExpression') ? declaration : null;
}

/** The field `base`'s method `methodName` stores its parameter at `index` in (`init(r) { this.renderer = r; }` → `renderer`), by a statement of its body; else `null`. */
function baseMethodStoresAs(base: ClassDeclaration | ClassExpression, methodName: string, index: number): string | null {
  const method = base.body.body.find((member): member is ClassMethod => member.type === 'ClassMethod' && member.kind === 'method' && !member.static && getClassMemberName(member) === methodName);
  const param = method?.params[index];
  const inner = param?.type === 'AssignmentPattern' ? param.left : param;
  if (!method || inner?.type !== 'Identifier') return null;
  for (const statement of method.body.body) {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression' || statement.expression.operator !== '=') continue;
    const { left, right } = statement.expression;
    if (left.type === 'MemberExpression' && left.object.type === 'ThisExpression' && right.type === 'Identifier' && right.name === inner.name) return getPropertyName(left);
  }
  return null;
}

/** Some code of the class assigns `this.<name>` (or deletes it). */
function isFieldAssignedInClass(classNode: Class, name: string): boolean {
  let assigned = false;
  const visit = (node: Node | null | undefined): void => {
    if (!node || assigned || typeof node !== 'object') return;
    if (node.type === 'AssignmentExpression' && (node.left.type === 'MemberExpression' || node.left.type === 'OptionalMemberExpression') && node.left.object.type === 'ThisExpression' && getPropertyName(node.left) === name) {
      assigned = true;
      return;
    }
    // A class field of that name is an assignment too (`renderer = null;`, even `renderer;`); a TypeScript `declare renderer: R` is not.
    if ((node.type === 'ClassProperty' || node.type === 'ClassAccessorProperty') && !(node as { declare?: boolean }).declare && !node.computed && node.key.type === 'Identifier' && node.key.name === name) {
      assigned = true;
      return;
    }
    for (const key of Object.keys(node)) {
      if (key === 'loc' || key === 'start' || key === 'end' || key === 'leadingComments' || key === 'trailingComments' || key === 'innerComments') continue;
      const value = (node as unknown as Record<string, unknown>)[key];
      if (Array.isArray(value)) for (const item of value) visit(item as Node);
      else if (value && typeof value === 'object' && typeof (value as Node).type === 'string') visit(value as Node);
    }
  };
  visit(classNode.body);
  return assigned;
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

/**
 * `identifier`, a parameter of an arrow or function expression that is the value of an instance
 * field (`private onRef = (ref) => { … }`), which a statement of its body (not inside a branch)
 * stores as `this.<name>`, never reassigned; `member` (`this.<name>`) in the same class.
 */
function isStoredByHandlerField(identifier: NodePath, binding: NonNullable<ReturnType<typeof findBinding>>, name: string, member: NodePath): boolean {
  const fn = binding.declaration;
  if ((fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression') || fn.body.type !== 'BlockStatement') return false;
  let fnPath: NodePath | null = identifier;
  while (fnPath && fnPath.node !== fn) fnPath = fnPath.parentPath;
  const field = fnPath?.parentPath?.node;
  if (!field || (field.type !== 'ClassProperty' && field.type !== 'ClassPrivateProperty') || field.static || field.value !== fn) return false;
  const stored = fn.body.body.some((statement) => {
    if (statement.type !== 'ExpressionStatement' || statement.expression.type !== 'AssignmentExpression' || statement.expression.operator !== '=') return false;
    const { left, right } = statement.expression;
    return left.type === 'MemberExpression' && left.object.type === 'ThisExpression' && !left.computed && getPropertyName(left) === name && right.type === 'Identifier' && right.name === binding.name;
  });
  if (!stored || isReassigned(binding, identifier)) return false;
  const classOfMember = resolveThisClass(member)?.classPath.node;
  return classOfMember !== undefined && fnPath!.parentPath!.parentPath?.parentPath?.node === classOfMember;
}
