/**
 * What kind of owner a class is, and where it releases what it holds: a React class component
 * (`componentWillUnmount`), a Vue class component (`beforeDestroy` / `beforeUnmount`, see
 * vue-class-component.ts), an Angular `@Component` / `@Directive` / `@Injectable` / `@Pipe`
 * (`ngOnDestroy`, or an injected `DestroyRef`), a custom element or Lit element
 * (`disconnectedCallback`), a disposable class (its `dispose` / `destroy` / `close` / `stop` /
 * `teardown` / `disconnect` / `[Symbol.dispose]` / `[Symbol.asyncDispose]`), or a plain class
 * that has none of these (it would have to get a `dispose()`).
 */
import { PROCESS_END_EVENTS, TERMINAL_EVENTS } from './terminal-events';
import type { Class, ClassMethod, ClassProperty, Node } from '@babel/types';
import { forEachChildNode, type NodePath } from '../../core/traverse';
import { someInOwnCode } from '../syntax/own-code';
import { findObjectProperty, getPropertyName, unwrapExpression } from '../syntax/expressions';
import { resolveModuleReference } from '../syntax/module-reference';
import { isFunctionNode, isGlobalReference } from '../syntax/scope';
import { getClassMemberName, getThisMemberName } from '../syntax/class-member-name';
import { resolveVueClassComponent } from './vue-class-component';
import { isRootProvidedService } from './angular-root-service';
import type { ProjectQueries } from '../../core/rule';
import { LISTENER_REGISTER_METHODS } from '../resources/catalog';

export { getClassMemberName };

export type ClassOwnerKind = 'react-class' | 'vue-class' | 'angular' | 'custom-element' | 'disposable-class' | 'plain-class';

export interface ClassOwner {
  kind: ClassOwnerKind;
  classPath: NodePath<Class>;
  /**
   * Members whose acquisitions the release method undoes one-to-one (`componentDidMount`,
   * `ngOnInit`, `connectedCallback`); `null` when any member qualifies (disposable classes).
   */
  acquireMembers: ReadonlySet<string> | null;
  /** The method releases go in (existing or to be created). */
  releaseMethod: string;
  /** Every member that tears the instance down (all disposal methods a class has, or the framework's hook). */
  releaseMembers: ReadonlySet<string>;
  /** The existing release member (a method, or a property holding a function), if any. */
  existingRelease: NodePath<ClassMethod | ClassProperty> | null;
  /** A created release method must first call `super.<releaseMethod>()` (Lit's `disconnectedCallback`, ngrx's `ComponentStore`). */
  superRelease: boolean;
  /**
   * The class extends a base whose release method this analysis cannot know (an Angular class
   * extending a project `BaseComponent`): a created release method could hide the base's own.
   */
  baseMayRelease: boolean;
  /** Members of this class are written with `override` (TypeScript `noImplicitOverride`). */
  usesOverride: boolean;
  /** Angular: the name of a member holding an injected `DestroyRef` (`destroyRef`, `#destroyRef`). */
  destroyRef: string | null;
  /**
   * The release method is a guess (a Vue class component whose Vue major the file does not show)
   * or also runs mid-life (a `close(option)` switching on a mode the class itself calls with
   * `Reconnect`): fixes are suggestions.
   */
  releaseUncertain?: boolean;
  /**
   * A toggle class (its `close()` beside an `open()`): the owner for what members other than
   * `acquireMembers` acquire — the instance has no disposal for those (see `TOGGLE_INVERSES`).
   */
  outsideAcquireMembers?: ClassOwner;
  /**
   * NestJS: a provider, controller or gateway of the default (singleton) scope — one instance for
   * the application's life, whose teardown hooks run only when the application closes. What a
   * handler starts per request or event and would keep for that hook (an array of handles) stays
   * until then: a fix must not collect there.
   */
  nestSingleton?: boolean;
}

const DISPOSAL_METHODS = ['dispose', '[Symbol.dispose]', 'destroy', 'close', 'stop', 'teardown', 'disconnect', '[Symbol.asyncDispose]'];
/**
 * A disposal-named method beside its inverse is a toggle, not an end: a drawer's `close()` next
 * to its `open()` hides it, and it opens again. It releases what the inverse acquired (a listener
 * `start()` adds, `stop()` removes); releasing there what the constructor or another method set
 * up would break the next `open()` (real code: a navigation drawer's mask click listener, added
 * once at init, removed at the first close; its close animation frame cancelled by close itself).
 */
const TOGGLE_INVERSES: Readonly<Record<string, readonly string[]>> = { close: ['open', 'show'], stop: ['start'], disconnect: ['connect'] };
const ANGULAR_DECORATORS = new Set(['Component', 'Directive', 'Injectable', 'Pipe']);
const REACT_BASES = new Set(['Component', 'PureComponent']);
/**
 * Modules whose `Component` has React's class lifecycle (`componentDidMount`, `componentWillUnmount`,
 * `render`): React, Preact (`preact`, `preact/compat`) and Inferno (lemmy-ui's components).
 */
export const REACT_CLASS_MODULES: ReadonlySet<string> = new Set(['react', 'preact', 'preact/compat', 'inferno']);
/** Element base classes whose `disconnectedCallback` a subclass must call. */
const ELEMENT_BASES_WITH_LIFECYCLE = new Set(['LitElement', 'ReactiveElement', 'FASTElement', 'PolymerElement']);
/** Angular base classes (name -> module) that have an `ngOnDestroy` a subclass must call. */
const ANGULAR_BASES_WITH_DESTROY = new Map([['ComponentStore', '@ngrx/component-store']]);


function isFunctionValued(member: Node): boolean {
  if (member.type === 'ClassMethod') return member.kind === 'method' && !member.static;
  if (member.type === 'ClassProperty' && !member.static && member.value) {
    const value = unwrapExpression(member.value);
    return value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression';
  }
  return false;
}

/** The name of the class's base (`HTMLElement`, `Component`), looking through `React.` and imports. */
function getBaseName(classPath: NodePath<Class>): { name: string; module: string | null } | null {
  const superClass = classPath.node.superClass ? unwrapExpression(classPath.node.superClass) : null;
  if (!superClass) return null;
  if (superClass.type === 'Identifier') {
    if (isGlobalReference(classPath, superClass.name)) return { name: superClass.name, module: null };
    const reference = resolveModuleReference(classPath, superClass.name);
    if (reference && reference.imported !== '*' && reference.imported !== 'default') return { name: reference.imported, module: reference.source };
    return { name: superClass.name, module: reference?.source ?? '' };
  }
  // Case: `React.Component`, `Polymer.Element`
  if (superClass.type === 'MemberExpression' && superClass.object.type === 'Identifier') {
    const name = getPropertyName(superClass);
    if (!name) return null;
    const reference = isGlobalReference(classPath, superClass.object.name) ? null : resolveModuleReference(classPath, superClass.object.name);
    return { name, module: reference?.source ?? (superClass.object.name === 'React' ? 'react' : null) };
  }
  return null;
}

/**
 * Whether the class's base, imported from a project module (`import { LockComponent as
 * BaseLockComponent } from '@app/auth/lock.component'`), or a base of that one declares the
 * instance method `method`; `null` when unknown (a package, a namespace import, a base of this
 * file, a chain the project cannot read).
 */
function findInheritedMethod(classPath: NodePath<Class>, method: string, project: Pick<ProjectQueries, 'getClassMethodDeclared'>): boolean | null {
  const superClass = classPath.node.superClass ? unwrapExpression(classPath.node.superClass) : null;
  if (superClass?.type !== 'Identifier') return null;
  const reference = resolveModuleReference(classPath, superClass.name);
  if (!reference || reference.via !== 'import' || reference.imported === '*') return null;
  return project.getClassMethodDeclared(reference.source, reference.imported, method);
}

/** The class's decorators: each one's name and the module its identifier is imported from (`null`: not imported). */
function getDecorators(classPath: NodePath<Class>): { name: string; module: string | null }[] {
  const found: { name: string; module: string | null }[] = [];
  for (const decorator of classPath.node.decorators ?? []) {
    const expression = decorator.expression.type === 'CallExpression' ? decorator.expression.callee : decorator.expression;
    if (expression.type === 'Identifier') {
      const reference = resolveModuleReference(classPath, expression.name);
      found.push({ name: reference && reference.imported !== '*' && reference.imported !== 'default' ? reference.imported : expression.name, module: reference?.source ?? null });
    } else if (expression.type === 'MemberExpression') {
      const name = getPropertyName(expression);
      const object = expression.object.type === 'Identifier' ? resolveModuleReference(classPath, expression.object.name) : null;
      if (name !== null) found.push({ name, module: object?.source ?? null });
    }
  }
  return found;
}

/**
 * `@Component` / `@Injectable` / … from `@angular/core` (or not imported: a global, a re-export
 * the file does not show). The same names imported from another framework are not Angular's:
 * NestJS's `@Injectable()` from `@nestjs/common` has no `ngOnDestroy` (see NEST_TEARDOWN_HOOKS).
 */
function hasAngularDecorator(classPath: NodePath<Class>): boolean {
  return getDecorators(classPath).some(({ name, module }) => ANGULAR_DECORATORS.has(name) && (module === null || module === '@angular/core' || !/^@nestjs\//.test(module)));
}

/** Angular 22's `@Service()`, imported from `@angular/core` (typedi and others have a `@Service()` too). */
function hasAngularServiceDecorator(classPath: NodePath<Class>): boolean {
  return getDecorators(classPath).some(({ name, module }) => name === 'Service' && module === '@angular/core');
}

/** A NestJS provider, controller or gateway: a class decorated from a `@nestjs/*` module. */
function hasNestDecorator(classPath: NodePath<Class>): boolean {
  return getDecorators(classPath).some(({ module }) => module !== null && /^@nestjs\//.test(module));
}

/**
 * A NestJS class of the default scope: none of its `@nestjs/*` decorators is given an object
 * with a `scope` other than `Scope.DEFAULT` (`@Injectable({ scope: Scope.REQUEST })` makes one
 * instance per request, `Scope.TRANSIENT` one per consumer).
 */
function isNestSingletonScope(classPath: NodePath<Class>): boolean {
  for (const decorator of classPath.node.decorators ?? []) {
    const expression = decorator.expression;
    if (expression.type !== 'CallExpression') continue;
    for (const argument of expression.arguments) {
      const value = unwrapExpression(argument as Node);
      if (value.type !== 'ObjectExpression') continue;
      const scope = findObjectProperty(value, 'scope');
      if (!scope) continue;
      const scopeValue = scope.type === 'ObjectProperty' ? unwrapExpression(scope.value as Node) : null;
      if (!scopeValue || scopeValue.type !== 'MemberExpression' || getPropertyName(scopeValue) !== 'DEFAULT') return false;
    }
  }
  return true;
}

/** The hooks NestJS calls when the application (or a testing module) closes, in that order. */
const NEST_TEARDOWN_HOOKS = ['onModuleDestroy', 'beforeApplicationShutdown', 'onApplicationShutdown'];
/** The constructor and the hooks NestJS calls once per instance at start-up (`afterInit`: a gateway's `OnGatewayInit`). */
const NEST_INIT_MEMBERS: ReadonlySet<string> = new Set(['constructor', 'onModuleInit', 'onApplicationBootstrap', 'afterInit']);

/** `inject(DestroyRef)` (Angular's injection function called for a `DestroyRef`). */
export function isInjectDestroyRef(node: Node): boolean {
  const value = unwrapExpression(node);
  return (
    value.type === 'CallExpression' &&
    value.callee.type === 'Identifier' &&
    value.callee.name === 'inject' &&
    value.arguments[0]?.type === 'Identifier' &&
    value.arguments[0].name === 'DestroyRef'
  );
}

/** `destroyRef = inject(DestroyRef)` or `constructor(private destroyRef: DestroyRef)`. */
function findDestroyRefMember(node: Class): string | null {
  for (const member of node.body.body) {
    if ((member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty') && !member.static && member.value) {
      if (isInjectDestroyRef(member.value)) return getClassMemberName(member);
    }
    if (member.type === 'ClassMethod' && member.kind === 'constructor') {
      for (const param of member.params) {
        if (param.type !== 'TSParameterProperty' || param.parameter.type !== 'Identifier') continue;
        const annotation = param.parameter.typeAnnotation;
        if (
          annotation?.type === 'TSTypeAnnotation' &&
          annotation.typeAnnotation.type === 'TSTypeReference' &&
          annotation.typeAnnotation.typeName.type === 'Identifier' &&
          annotation.typeAnnotation.typeName.name === 'DestroyRef'
        ) {
          return param.parameter.name;
        }
      }
    }
  }
  return null;
}

/**
 * Element API read on `this` (`this.appendChild(…)`, `this.shadowRoot`, `this.setAttribute(…)`):
 * the instance is an element, even when the class's base is a mixin parameter or a class this
 * file cannot see (a context menu's items mixin calls `this.appendChild(subMenu)`). A member the
 * class declares itself (a virtual node's own `appendChild`) does not count.
 */
const ELEMENT_API = new Set(['shadowRoot', 'renderRoot', 'attachShadow', 'setAttribute', 'toggleAttribute', 'removeAttribute', 'hasAttribute', 'getAttribute', 'appendChild', 'querySelector', 'querySelectorAll']);

function usesElementApi(node: Class, memberNames: ReadonlyMap<string, Node>): boolean {
  for (const member of node.body.body) {
    if (member.type !== 'ClassMethod' && member.type !== 'ClassPrivateMethod') continue;
    const found = someInOwnCode(member.body, (current) => {
      if ((current.type !== 'MemberExpression' && current.type !== 'OptionalMemberExpression') || current.object.type !== 'ThisExpression' || current.computed) return false;
      const name = getPropertyName(current);
      return name !== null && ELEMENT_API.has(name) && !memberNames.has(name);
    });
    if (found) return true;
  }
  return false;
}

/** The `connectedCallback` of the class calls `super.connectedCallback()`. */
function callsSuperConnected(node: Class): boolean {
  const connected = node.body.body.find((member) => getClassMemberName(member) === 'connectedCallback');
  if (!connected || connected.type !== 'ClassMethod') return false;
  let found = false;
  const visit = (current: Node): void => {
    if (found) return;
    if (
      current.type === 'CallExpression' &&
      current.callee.type === 'MemberExpression' &&
      current.callee.object.type === 'Super' &&
      getPropertyName(current.callee) === 'connectedCallback'
    ) {
      found = true;
      return;
    }
    for (const value of Object.values(current)) {
      if (Array.isArray(value)) for (const item of value) if (item && typeof item.type === 'string') visit(item as Node);
      if (value && typeof value === 'object' && typeof (value as Node).type === 'string' && value !== current) visit(value as Node);
    }
  };
  visit(connected.body);
  return found;
}

/**
 * A toggle whose methods all take the same required key first (`open(id: string, param)`,
 * `close(id: string, callBack?)`), and where that key reaches the instance's items through the
 * parameter in the open as in the close: each stores or picks an item by it (`this.list.push({
 * id, param })`, `this.items.set(id, …)`, `this.items[id]`, `item.id !== id`, or a method of the
 * class that does so at that argument: `this.get(id)`). They open and close one item of many (a
 * popup store's popups by id), so the close of one key is not the end of what the open of
 * another started. A key only one side picks by, or that both just pass on to any method of the
 * instance (`open(el) { this.render(el) }`, `close(el) { this.log(el) }`, common in untyped
 * JavaScript), keeps the toggle.
 */
function isKeyedToggle(release: Node, inverses: readonly Node[], memberNames: ReadonlyMap<string, Node>): boolean {
  const key = getRequiredFirstParameter(release);
  if (key === null || !picksItemByParameter(key.fn, 0, memberNames, 0)) return false;
  return inverses.every((inverse) => {
    const other = getRequiredFirstParameter(inverse);
    return other?.name === key.name && picksItemByParameter(other.fn, 0, memberNames, 0);
  });
}

/** How many calls of the class's own methods deep `this.get(id)` is followed. */
const MAX_PICK_DEPTH = 2;

/** The parameter at `index` of `fn` (a plain name) picks or stores an item of the instance somewhere in `fn`'s body (nested functions too: `this.list.filter((item) => item.id !== id)`). */
function picksItemByParameter(fn: Extract<Node, { params: Node[]; body: Node }>, index: number, memberNames: ReadonlyMap<string, Node>, depth: number): boolean {
  const param = fn.params[index];
  if (param?.type !== 'Identifier') return false;
  let picked = false;
  const visit = (node: Node): void => {
    if (picked) return;
    if (isItemPickedBy(node, param.name, memberNames, depth)) picked = true;
    else forEachChildNode(node, visit);
  };
  visit(fn.body);
  return picked;
}

/**
 * `node` picks or stores an item by `name`: `x.id === id` / `id !== x` (not a test against a
 * literal, `id === 'confirm'`, which branches on the value), `this.items[id]`, a call on a member
 * of the instance with the key as an argument or in an object argument (`this.map.delete(id)`,
 * `this.list.push({ id, param })`), or a call of a method of the class that picks by its
 * parameter there (`this.get(id)`, a few calls deep).
 */
/** Methods of arrays, maps and sets that store or pick an item by what they are handed. */
const COLLECTION_METHODS: ReadonlySet<string> = new Set(['push', 'unshift', 'splice', 'set', 'get', 'has', 'add', 'delete', 'indexOf', 'lastIndexOf', 'includes', 'find', 'findIndex', 'findLast', 'findLastIndex', 'filter', 'some', 'every', 'remove', 'removeItem', 'getItem', 'setItem']);

function isItemPickedBy(node: Node, name: string, memberNames: ReadonlyMap<string, Node>, depth: number): boolean {
  const isKey = (value: Node): boolean => {
    const unwrapped = unwrapExpression(value);
    return unwrapped.type === 'Identifier' && unwrapped.name === name;
  };
  const isLiteral = (value: Node): boolean => {
    const unwrapped = unwrapExpression(value);
    return /Literal$/.test(unwrapped.type) || (unwrapped.type === 'Identifier' && unwrapped.name === 'undefined');
  };
  if (node.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(node.operator)) {
    return (isKey(node.left) && !isLiteral(node.right)) || (isKey(node.right) && !isLiteral(node.left));
  }
  if (node.type === 'MemberExpression' && node.computed) return isKey(node.property);
  if (node.type === 'CallExpression' && node.callee.type === 'MemberExpression') {
    const object = unwrapExpression(node.callee.object);
    // Case: `this.get(id)`: a method of the class that picks by its parameter at that position
    if (object.type === 'ThisExpression') {
      const method = getPropertyName(node.callee);
      const member = method === null ? undefined : memberNames.get(method);
      const fn = member && (member.type === 'ClassMethod' || member.type === 'ClassPrivateMethod' ? member : (member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty') && member.value && isFunctionNode(member.value) ? member.value : null);
      const index = node.arguments.findIndex(isKey);
      return !!fn && index >= 0 && depth < MAX_PICK_DEPTH && picksItemByParameter(fn as Extract<Node, { params: Node[]; body: Node }>, index, memberNames, depth + 1);
    }
    // Case: `this.items.delete(id)`, `this.list.push({ id, param })`: a collection of the instance
    // (a collection's method: `this.logger.info(url)` hands the key on without picking anything)
    const collectionMethod = getPropertyName(node.callee);
    if (collectionMethod === null || !COLLECTION_METHODS.has(collectionMethod)) return false;
    let root: Node = object;
    while (root.type === 'MemberExpression') root = unwrapExpression(root.object);
    if (root.type !== 'ThisExpression') return false;
    return node.arguments.some((argument) => isKey(argument) || (argument.type === 'ObjectExpression' && argument.properties.some((property) => property.type === 'ObjectProperty' && isKey(property.value))));
  }
  return false;
}

/**
 * A disposal-named method that calls a disposal method on its own required first parameter
 * (`close(win) { win.close(); }`, `destroy(view) { view.destroy(); this.views.delete(view); }`),
 * or on the item of the instance that parameter picks (`destroy(shardId) { const shard =
 * this.shards.get(shardId); await shard.destroy(); }`, `this.items[id].close()`): it ends the
 * object the caller hands it or names, one of many, so it is no end of the instance (discord.js's
 * worker bootstrapper: its message handler calls `destroy(shardId)` for one shard and goes on
 * serving the others). Passing the parameter on (`close(reason) { this.socket.close(1000,
 * reason); }`, `destroy(options) { this.shard.destroy(options); }`) is not this.
 */
function endsItsFirstParameter(member: Node, memberNames: ReadonlyMap<string, Node>): boolean {
  const first = getRequiredFirstParameter(member);
  if (first === null) return false;
  // Case: `const shard = this.shards.get(shardId)`: a local holding the item the parameter picks
  const picked = new Set<string>();
  someInOwnCode(first.fn.body, (node) => {
    if (node.type === 'VariableDeclarator' && node.id.type === 'Identifier' && node.init && isItemPickedBy(unwrapExpression(node.init), first.name, memberNames, 0)) picked.add(node.id.name);
    return false;
  });
  const isEnded = (value: Node): boolean => {
    const object = unwrapExpression(value);
    if (object.type === 'Identifier') return object.name === first.name || picked.has(object.name);
    // Case: `this.items.get(id)?.destroy()`, `this.items[id].close()`
    return isItemPickedBy(object, first.name, memberNames, 0);
  };
  let ends = false;
  const visit = (node: Node): void => {
    if (ends) return;
    if ((node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && (node.callee.type === 'MemberExpression' || node.callee.type === 'OptionalMemberExpression')) {
      const method = getPropertyName(node.callee);
      if (method !== null && DISPOSAL_METHODS.includes(method) && isEnded(node.callee.object)) {
        ends = true;
        return;
      }
    }
    forEachChildNode(node, visit);
  };
  visit(first.fn.body);
  return ends;
}

/**
 * A disposal-named method whose required first parameter picks what it does — a `switch` on it,
 * or an `if` / `?:` that tests it against a value (`close(option) { switch (option) { case
 * Close.Terminate: …; case Close.Reconnect: … } }`) — and that another member of the class calls
 * on the instance with an argument (`await this.close(Close.Reconnect)` when a connection
 * fails): the class itself uses it mid-life, in the modes that keep it going, so a release
 * written into it would also run there (tutao/tutanota's EventBusClient: `close(Reconnect)` then
 * reconnects, and a timer cleared there would drop the work the reconnect goes on with). Callers
 * outside still end the instance with it (`close(Terminate)`), so the class stays a disposable
 * owner — its leaks are reported — but fixes into this method are suggestions. A method that only
 * passes the parameter on (`close(code) { this.ws.close(code); }`), or that nothing in the class
 * calls with an argument, is a plain disposal.
 */
function isModeAction(node: Class, name: string, member: Node): boolean {
  const first = getRequiredFirstParameter(member);
  if (first === null) return false;
  const isParam = (value: Node | null | undefined): boolean => {
    const unwrapped = value ? unwrapExpression(value) : null;
    return unwrapped?.type === 'Identifier' && unwrapped.name === first.name;
  };
  const isTestOfParam = (test: Node): boolean => {
    const value = unwrapExpression(test);
    return value.type === 'BinaryExpression' && ['===', '!==', '==', '!='].includes(value.operator) && (isParam(value.left) || isParam(value.right as Node));
  };
  const branches = someInOwnCode(first.fn.body, (current) =>
    (current.type === 'SwitchStatement' && isParam(current.discriminant)) || ((current.type === 'IfStatement' || current.type === 'ConditionalExpression') && isTestOfParam(current.test)));
  if (!branches) return false;
  // Another member calls `this.<name>(…)` with an argument (also in an arrow callback of it, whose `this` is the instance).
  const callsWithArgument = (current: Node): boolean => {
    if ((current.type === 'CallExpression' || current.type === 'OptionalCallExpression') && current.arguments.length > 0) {
      const callee = unwrapExpression(current.callee);
      if ((callee.type === 'MemberExpression' || callee.type === 'OptionalMemberExpression') && unwrapExpression(callee.object).type === 'ThisExpression' && getPropertyName(callee) === name) return true;
    }
    if (current.type === 'FunctionExpression' || current.type === 'FunctionDeclaration' || current.type === 'ClassDeclaration' || current.type === 'ClassExpression') return false;
    let found = false;
    forEachChildNode(current, (child) => {
      if (!found && callsWithArgument(child)) found = true;
    });
    return found;
  };
  return node.body.body.some((other) => {
    if (other === member || getClassMemberName(other) === null || DISPOSAL_METHODS.includes(getClassMemberName(other)!)) return false;
    const body = other.type === 'ClassMethod' || other.type === 'ClassPrivateMethod' ? other.body : (other.type === 'ClassProperty' || other.type === 'ClassPrivateProperty') && other.value && isFunctionNode(other.value) ? (other.value as Extract<Node, { body: Node }>).body : null;
    return body !== null && callsWithArgument(body);
  });
}

/** `addEventListener(type, f, { once: true })`: a handler called once. */
function hasOnceOption(call: { arguments: Node[] }): boolean {
  const options = call.arguments[2] ? unwrapExpression(call.arguments[2]) : null;
  if (options?.type !== 'ObjectExpression') return false;
  return options.properties.some((property) => {
    if (property.type !== 'ObjectProperty' || property.computed) return false;
    const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : null;
    const value = unwrapExpression(property.value as Node);
    return key === 'once' && value.type === 'BooleanLiteral' && value.value;
  });
}

/**
 * The class hands its method `name` as the handler of an event on an emitter it does not own:
 * `window.main.on(AppEvent.disconnect, this.disconnect.bind(this))`, `bus.on('close', () => this.close())`
 * (a global, an import, a parameter — not `this` or a member of it). Such a method answers an
 * event that comes again and again (the app's "disconnect" of a database, which the app goes on
 * after), so it is no disposal of the instance: releasing there would remove the very listeners
 * the instance goes on needing (the handler of the event included). A handler on the instance's
 * own resource (`this.socket.on('close', this.close.bind(this))`) is the end it reacts to, and stays
 * one; so is a handler called once (`once`, `{ once: true }`) or of an event that ends the object
 * or the process (`socket.on('close', …)`, `process.on('SIGTERM', () => this.close())`,
 * `window.addEventListener('beforeunload', …)`).
 */
function isHandlerOfOutsideEvent(node: Class, name: string): boolean {
  const isMethodReference = (argument: Node): boolean => {
    let value = unwrapExpression(argument);
    // `this.m.bind(this)`
    if ((value.type === 'CallExpression' || value.type === 'OptionalCallExpression') && (value.callee.type === 'MemberExpression' || value.callee.type === 'OptionalMemberExpression') && getPropertyName(value.callee) === 'bind') value = unwrapExpression(value.callee.object);
    if ((value.type === 'MemberExpression' || value.type === 'OptionalMemberExpression') && unwrapExpression(value.object).type === 'ThisExpression') return getPropertyName(value) === name;
    // `() => this.m()`, `(...args) => { this.m(...args); }`
    if (value.type === 'ArrowFunctionExpression' || value.type === 'FunctionExpression') {
      let body: Node = value.body;
      if (body.type === 'BlockStatement') {
        if (body.body.length !== 1 || body.body[0].type !== 'ExpressionStatement') return false;
        body = body.body[0].expression;
      }
      const call = unwrapExpression(body);
      if ((call.type !== 'CallExpression' && call.type !== 'OptionalCallExpression') || (call.callee.type !== 'MemberExpression' && call.callee.type !== 'OptionalMemberExpression')) return false;
      return unwrapExpression(call.callee.object).type === 'ThisExpression' && getPropertyName(call.callee) === name;
    }
    return false;
  };
  let found = false;
  const visit = (current: Node): void => {
    if (found) return;
    if ((current.type === 'CallExpression' || current.type === 'OptionalCallExpression') && (current.callee.type === 'MemberExpression' || current.callee.type === 'OptionalMemberExpression') && current.arguments.length >= 2) {
      const method = getPropertyName(current.callee);
      const event = unwrapExpression(current.arguments[0]!);
      const eventName = event.type === 'StringLiteral' ? event.value : null;
      const ending = method === 'once' || method === 'prependOnceListener' || hasOnceOption(current) || (eventName !== null && (TERMINAL_EVENTS.has(eventName) || PROCESS_END_EVENTS.has(eventName)));
      if (method !== null && !ending && LISTENER_REGISTER_METHODS.has(method) && current.arguments.slice(1).some((argument) => isMethodReference(argument))) {
        let receiver: Node = unwrapExpression(current.callee.object);
        while (receiver.type === 'MemberExpression' || receiver.type === 'OptionalMemberExpression') receiver = unwrapExpression(receiver.object);
        if (receiver.type !== 'ThisExpression') {
          found = true;
          return;
        }
      }
    }
    forEachChildNode(current, visit);
  };
  visit(node.body);
  return found;
}

/** A method's first parameter, when it is a plain required one (not `id?`, `id = …`, `...ids`, `{ id }`, not typed `boolean`). */
function getRequiredFirstParameter(member: Node): { name: string; fn: Extract<Node, { params: Node[]; body: Node }> } | null {
  const fn = member.type === 'ClassMethod' || member.type === 'ClassPrivateMethod' ? member
    : (member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty') && member.value && isFunctionNode(member.value) ? member.value as Extract<Node, { params: Node[]; body: Node }>
    : null;
  const first = fn?.params[0];
  if (!fn || !first || first.type !== 'Identifier' || first.optional === true) return null;
  const annotation = first.typeAnnotation?.type === 'TSTypeAnnotation' ? first.typeAnnotation.typeAnnotation : null;
  if (annotation?.type === 'TSBooleanKeyword') return null;
  return { name: first.name, fn };
}

/** The function of a class member: a method, or a property holding a function (`close = () => { … }`). */
function memberFunction(member: Node): Extract<Node, { body: Node }> | null {
  if (member.type === 'ClassMethod' || member.type === 'ClassPrivateMethod') return member;
  if ((member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty') && member.value && isFunctionNode(member.value)) return member.value as Extract<Node, { body: Node }>;
  return null;
}

/**
 * Members that call `this.<release>()` and afterwards set up again, in their own code, a member
 * the release clears (`this.session = null` in `close()`, `this.session = { … }` after the call):
 * the release is a reset there, and the instance lives on (lobe-chat's screen-capture manager:
 * `startSession()` calls `this.close()` on a session still open and then makes the next one).
 * Such a release undoes what those members set up, not the instance's whole life. A value that
 * is a literal (`this.closed = true`, `this.ws = null`) marks a state, not a new set-up.
 */
function findReopeningMembers(node: Class, release: string): string[] {
  const releaseMember = node.body.body.find((member) => getClassMemberName(member) === release);
  const releaseFn = releaseMember ? memberFunction(releaseMember) : null;
  if (!releaseFn) return [];
  const cleared = new Set<string>();
  someInOwnCode(releaseFn.body, (current) => {
    const name = thisMemberAssigned(current);
    if (name !== null) cleared.add(name);
    return false;
  });
  if (cleared.size === 0) return [];
  const found: string[] = [];
  for (const member of node.body.body) {
    const name = getClassMemberName(member);
    const fn = memberFunction(member);
    if (name === null || !fn || name === 'constructor' || DISPOSAL_METHODS.includes(name)) continue;
    let called = false;
    someInOwnCode(fn.body, (current) => {
      if (current.type === 'CallExpression' && current.arguments.length === 0) {
        const callee = unwrapExpression(current.callee);
        if (callee.type === 'MemberExpression' && callee.object.type === 'ThisExpression' && getPropertyName(callee) === release) called = true;
      }
      const assigned = called ? thisMemberAssigned(current) : null;
      if (assigned === null || !cleared.has(assigned) || isLiteralValue((current as Extract<Node, { type: 'AssignmentExpression' }>).right)) return false;
      found.push(name);
      return true;
    });
  }
  return found;
}

/**
 * A release the class runs itself mid-life and recovers from: a member other than the
 * constructor and the disposal methods calls `this.<release>()` with no argument in its own code
 * (not in a callback it only defines), and a member other than the constructor sets up again
 * (`this.socket = new Socket()`) a member the release clears (`this.socket = undefined`). The
 * instance goes on after such a call — zigbee-herdsman's deconz driver closes its port from the
 * "close and restart" state of a state machine that its 100 ms tick timer drives, and reopens it
 * later — so a release written into the method would also stop what the restart goes on with
 * (the tick timer, the parser's handler). Callers outside still end the instance with it: its
 * leaks are reported, but fixes into it are suggestions. A class that only calls the release
 * from a listener (`socket.on('error', () => this.close())`), or never sets the cleared member up
 * again outside its constructor, keeps a plain disposal.
 */
function isRestartedRelease(node: Class, release: string): boolean {
  const releaseMember = node.body.body.find((member) => getClassMemberName(member) === release);
  const releaseFn = releaseMember ? memberFunction(releaseMember) : null;
  if (!releaseFn) return false;
  const cleared = new Set<string>();
  // Also inside the executor of a `new Promise(…)` it returns (`close() { return new Promise((resolve) => { … this.port = undefined; … }); }`): it runs at once.
  const collect = (block: Node): void => {
    someInOwnCode(block, (current) => {
      const name = thisMemberAssigned(current);
      if (name !== null) cleared.add(name);
      if (current.type === 'NewExpression' && current.callee.type === 'Identifier' && current.callee.name === 'Promise' && current.arguments[0] && isFunctionNode(current.arguments[0])) {
        collect((current.arguments[0] as Extract<Node, { body: Node }>).body);
      }
      return false;
    });
  };
  collect(releaseFn.body);
  if (cleared.size === 0) return false;
  let callsRelease = false;
  let setsUpAgain = false;
  for (const member of node.body.body) {
    const name = getClassMemberName(member);
    const fn = memberFunction(member);
    if (name === null || !fn || name === 'constructor' || DISPOSAL_METHODS.includes(name)) continue;
    someInOwnCode(fn.body, (current) => {
      if (current.type === 'CallExpression' && current.arguments.length === 0) {
        const callee = unwrapExpression(current.callee);
        if (callee.type === 'MemberExpression' && callee.object.type === 'ThisExpression' && getPropertyName(callee) === release) callsRelease = true;
      }
      const assigned = thisMemberAssigned(current);
      if (assigned !== null && cleared.has(assigned) && !isLiteralValue((current as Extract<Node, { type: 'AssignmentExpression' }>).right)) setsUpAgain = true;
      return false;
    });
  }
  return callsRelease && setsUpAgain;
}

/** Set-up members a class runs again after its own release (`reconnect() { this.close(true); this.connect(); }`). */
const SET_UP_METHODS: readonly string[] = ['open', 'show', 'start', 'connect', 'init', 'initialize', 'setup', 'listen'];

/**
 * A release the class runs itself and then sets up again in the same member: a member other than
 * the constructor and the disposal methods calls `this.<release>(…)` — with or without arguments
 * — and after it, in its own code, a set-up member the class declares (`this.connect()`,
 * `this.open()`, `this.start()`). A browser socket client's `reconnect() { this.close(true);
 * this.connect(); }` goes on after the close, so a release written into `close()` also runs at
 * every reconnect: signalk-server's admin UI would have cancelled the 10 s timer that clears a
 * back-pressure warning in its store, leaving the warning on screen after a reconnect. Callers
 * outside still end the instance with it: its leaks are reported, but fixes into it are
 * suggestions. A class that only closes (no set-up call after it in one member) keeps a plain
 * disposal.
 */
function isReleaseThenSetUp(node: Class, release: string): boolean {
  const setUps = new Set(SET_UP_METHODS.filter((name) => name !== release && node.body.body.some((member) => getClassMemberName(member) === name && memberFunction(member) !== null)));
  if (setUps.size === 0) return false;
  const thisCallName = (current: Node): string | null => {
    if (current.type !== 'CallExpression' && current.type !== 'OptionalCallExpression') return null;
    const callee = unwrapExpression(current.callee);
    if ((callee.type !== 'MemberExpression' && callee.type !== 'OptionalMemberExpression') || unwrapExpression(callee.object).type !== 'ThisExpression') return null;
    return getPropertyName(callee);
  };
  return node.body.body.some((member) => {
    const name = getClassMemberName(member);
    const fn = memberFunction(member);
    if (name === null || !fn || name === 'constructor' || DISPOSAL_METHODS.includes(name)) return false;
    let released = false;
    return someInOwnCode(fn.body, (current) => {
      const called = thisCallName(current);
      if (called === release) released = true;
      else if (released && called !== null && setUps.has(called)) return true;
      return false;
    });
  });
}

/** `this.name = …`: the member's name; anything else `null`. */
function thisMemberAssigned(node: Node): string | null {
  return node.type === 'AssignmentExpression' && node.operator === '=' ? getThisMemberName(node.left) : null;
}

function isLiteralValue(node: Node): boolean {
  const value = unwrapExpression(node);
  return value.type === 'NullLiteral' || value.type === 'BooleanLiteral' || value.type === 'NumericLiteral' || value.type === 'StringLiteral' || (value.type === 'Identifier' && value.name === 'undefined') || value.type === 'UnaryExpression';
}

/**
 * `project` (a rule's `context.project`) lets an Angular class that extends an imported project
 * class see whether that base declares an `ngOnDestroy` (`ProjectQueries.getClassMethodDeclared`).
 */
export function resolveClassOwner(classPath: NodePath<Class>, project?: Pick<ProjectQueries, 'getClassMethodDeclared'>): ClassOwner {
  const node = classPath.node;
  const memberNames = new Map<string, Node>();
  for (const member of node.body.body) {
    const name = getClassMemberName(member);
    if (name !== null && !memberNames.has(name)) memberNames.set(name, member);
  }
  const existing = (name: string): NodePath<ClassMethod | ClassProperty> | null => {
    const member = memberNames.get(name);
    if (!member || !isFunctionValued(member)) return null;
    const bodyPath = classPath.child(node.body, 'body');
    return bodyPath.child(member, 'body', node.body.body.indexOf(member as never)) as NodePath<ClassMethod | ClassProperty>;
  };
  const usesOverride = node.body.body.some((member) => (member as { override?: boolean }).override === true);
  const base = getBaseName(classPath);
  const owner = (kind: ClassOwnerKind, acquireMembers: ReadonlySet<string> | null, releaseMethod: string, superRelease = false, baseMayRelease = false): ClassOwner => ({
    kind,
    classPath,
    acquireMembers,
    releaseMethod,
    releaseMembers: kind === 'disposable-class' ? new Set(DISPOSAL_METHODS.filter((name) => existing(name))) : new Set([releaseMethod]),
    existingRelease: existing(releaseMethod),
    superRelease,
    baseMayRelease,
    usesOverride,
    destroyRef: kind === 'angular' ? findDestroyRefMember(node) : null,
  });

  // Case: `class Clock extends React.Component { componentDidMount() {} }` (or Preact's, Inferno's); a class that extends
  // another file's component (`class RoomHeaderButtons extends HeaderButtons`) and writes React's
  // mount and unmount hooks, or its mount hook and render
  // Case: `import { Component } from 'inferno'` / `'preact'`: the same lifecycle as React's
  const isReactBase = base !== null && REACT_BASES.has(base.name) && (base.module === null || REACT_CLASS_MODULES.has(base.module));
  const hasReactHooks = memberNames.has('componentDidMount') && (memberNames.has('render') || (node.superClass != null && memberNames.has('componentWillUnmount')));
  if (isReactBase || hasReactHooks) {
    return owner('react-class', new Set(['componentDidMount']), 'componentWillUnmount');
  }
  // Case: `@Component class Clock extends Vue {}` (vue-class-component, vue-property-decorator): before
  // Angular, whose decorator has the same name. Vue 2 when the file does not tell (most class components are).
  const vueClass = resolveVueClassComponent(classPath);
  if (vueClass) {
    const vueOwner = owner('vue-class', new Set(['created', 'beforeMount', 'mounted']), vueClass.major === 3 ? 'beforeUnmount' : 'beforeDestroy');
    return vueClass.major === null ? { ...vueOwner, releaseUncertain: true } : vueOwner;
  }
  // Case: `@Injectable() class Poller implements OnModuleDestroy {}` (NestJS): the framework calls its
  // teardown hooks when the application closes; a missing one is created as `onModuleDestroy()`.
  if (hasNestDecorator(classPath)) {
    const hooks = NEST_TEARDOWN_HOOKS.filter((name) => existing(name));
    const releaseMethod = hooks[0] ?? 'onModuleDestroy';
    // What the init hooks (and the constructor) start, once per instance, the teardown hook undoes
    // one-to-one; a request or event handler runs many times (like Angular's `ngOnInit` and the rest).
    return { ...owner('disposable-class', NEST_INIT_MEMBERS, releaseMethod), releaseMembers: new Set([...hooks, ...DISPOSAL_METHODS.filter((name) => existing(name))]), nestSingleton: isNestSingletonScope(classPath) };
  }
  // Case: `@Service() class SyncService {}` (Angular 22), auto-provided in the root injector with no
  // `ngOnDestroy`: it lives as long as the application, and Angular never calls its `disconnect()`
  // or `close()`: those are actions the app takes mid-life, not its end. No disposal of its own.
  const angularService = hasAngularServiceDecorator(classPath);
  if (angularService && isRootProvidedService(node) && !existing('ngOnDestroy')) return owner('plain-class', null, 'dispose');
  // Case: `@Component({...}) class ClockComponent implements OnInit {}`, `@Service({ autoProvided: false })`
  if (angularService || hasAngularDecorator(classPath)) {
    // Case: `class TodoStore extends ComponentStore<State>`: its `ngOnDestroy` completes the state.
    const superDestroy = base !== null && base.module !== null && ANGULAR_BASES_WITH_DESTROY.get(base.name) === base.module;
    // Case: `class LockComponent extends BaseLockComponent` imported from a project file: that class
    // (or its own base) declares an `ngOnDestroy` the new one must call first, or declares none.
    const inherited = base !== null && !superDestroy && project ? findInheritedMethod(classPath, 'ngOnDestroy', project) : null;
    return owner('angular', new Set(['constructor', 'ngOnInit', 'ngAfterViewInit', 'ngAfterContentInit']), 'ngOnDestroy', superDestroy || inherited === true, base !== null && !superDestroy && inherited === null);
  }
  // Case: `class Clock extends HTMLElement`, `class Clock extends LitElement`, or any base with `connectedCallback`
  const isElementBase = base !== null && (/^HTML\w*Element$/.test(base.name) || ELEMENT_BASES_WITH_LIFECYCLE.has(base.name));
  if (isElementBase || (base !== null && memberNames.has('connectedCallback'))) {
    const superRelease = base !== null && (ELEMENT_BASES_WITH_LIFECYCLE.has(base.name) || (!/^HTML\w*Element$/.test(base.name) && callsSuperConnected(node)));
    return owner('custom-element', new Set(['connectedCallback']), 'disconnectedCallback', superRelease);
  }
  // Case: a mixin (`(superClass) => class extends superClass`) or a class of a base the file
  // cannot see, that uses element API on `this` and has a disposal-named method: an element's
  // `close()` / `stop()` is an action it takes mid-life (a menu closes and opens again), not its
  // end; an element ends at `disconnectedCallback`, which the unseen base may have (not auto).
  // (A toggle — `close()` beside `open()` — stays the toggle below.)
  const element = (): ClassOwner => owner('custom-element', new Set(['connectedCallback']), 'disconnectedCallback', false, !existing('disconnectedCallback'));
  // Case: a class with its own disposal method
  let toggle: { name: string; inverses: Set<string> } | null = null;
  let modeAction: string | null = null;
  for (const name of DISPOSAL_METHODS) {
    if (!existing(name)) continue;
    // Case: `close(win) { win.close(); }` in an IPC API of window actions: it ends the object it is handed, not the instance.
    if (endsItsFirstParameter(memberNames.get(name)!, memberNames)) continue;
    // Case: `bridge.on(AppEvent.disconnect, this.disconnect.bind(this))`: the method answers an
    // event of an emitter the instance does not own, and runs each time it comes: an action, not its end.
    if (isHandlerOfOutsideEvent(node, name)) continue;
    // Case: `close(option) { switch (option) { … } }` that the class calls as `this.close(Close.Reconnect)`:
    // `close(Terminate)` from outside still ends the instance, but a release written into it would
    // also run on the modes the instance goes on after. A disposal with no modes is preferred; else
    // this one, with fixes for a person to review (below).
    if (isModeAction(node, name, memberNames.get(name)!)) {
      modeAction ??= name;
      continue;
    }
    const toggleInverses = (TOGGLE_INVERSES[name] ?? []).filter((inverse) => memberNames.has(inverse));
    // Case: `open(id, param)` / `close(id)` of a store of popups: each call opens or closes one item
    // the key names, not the instance; `close(b)` does not undo `open(a)`, so it is no release place.
    if (toggleInverses.length > 0 && isKeyedToggle(memberNames.get(name)!, toggleInverses.map((inverse) => memberNames.get(inverse)!), memberNames)) continue;
    const inverses = [...toggleInverses, ...findReopeningMembers(node, name)];
    if (inverses.length === 0) {
      if (node.superClass && usesElementApi(node, memberNames)) return element();
      // Case: `handleRestartState() { this.close().catch(() => {}); }` beside `openSocket() { this.socket = new Socket(); }`:
      // the class closes itself mid-life and opens again; outside callers still end it with `close()`.
      // Case: `reconnect() { this.close(true); this.connect(); }`: the same, in one member.
      return isRestartedRelease(node, name) || isReleaseThenSetUp(node, name) ? { ...owner('disposable-class', null, name), releaseUncertain: true } : owner('disposable-class', null, name);
    }
    toggle ??= { name, inverses: new Set(inverses) };
  }
  // Nothing releases: the class would have to get a `dispose()`.
  const plain = owner('plain-class', null, 'dispose');
  // Case: `open()` / `close()`: close releases what open acquired; the rest has no disposal
  if (toggle) return { ...owner('disposable-class', toggle.inverses, toggle.name), outsideAcquireMembers: plain };
  // Case: only a mode-switching `close(option)` the class calls itself: still the instance's end
  // (findings stay), but the release place is uncertain: fixes are suggestions.
  if (modeAction !== null) return node.superClass && usesElementApi(node, memberNames) ? element() : { ...owner('disposable-class', null, modeAction), releaseUncertain: true };
  return plain;
}

