/**
 * Whether a subscription's source is a subject or form the class makes and keeps only on itself
 * (docs/catalog.md: "An object the owner creates and keeps only on itself ... dies with the
 * owner"), reached directly or through what the class derives from it:
 *
 * - `this.currentSort.subscribe(…)` with `currentSort = new BehaviorSubject(…)`;
 * - `this.currentSort$.subscribe(…)` with `currentSort$ = this.currentSort.asObservable()` (or
 *   `this.currentSort.pipe(map(…))`), the derived field itself kept only on the class too;
 * - `this.form.valueChanges`, `this.form.get('name')?.valueChanges`, `this.form.controls.name.statusChanges`
 *   with `form = new FormGroup(…)` or `this.form = this.fb.group(…)` (an injected `FormBuilder`);
 * - any of these through `.pipe(...)` of operators that subscribe to nothing else (`map`,
 *   `filter`, `debounceTime`, …): `switchMap(() => service.poll$)` would tie the subscription to
 *   an outside source, and stays a finding.
 *
 * Made means a hot subject or a form control (`new Subject()`, `new FormControl()`): a cold
 * `new Observable(subscriber => window.addEventListener(…))` starts its producer on every
 * subscribe, and stays a finding. A form or subject handed to the class (an `@Input`, a
 * constructor parameter, a service's) is not made by it.
 */
import type { Class, Node } from '@babel/types';
import type { NodePath } from '../../src/core/traverse';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { resolveModuleReference } from '../../src/analysis/syntax/module-reference';
import { resolveThisClass } from '../../src/analysis/syntax/this-class';
import { unwrapPath } from '../../src/core/node-helpers';
import { isFieldKeptOnlyOnSelf } from './self-owned-object';
import { getOperatorName } from './subscription-kind';

/** Hot sources: every subscriber only joins what the object emits, nothing starts per subscribe. */
const SUBJECT_CLASSES = new Set(['Subject', 'BehaviorSubject', 'ReplaySubject', 'AsyncSubject', 'EventEmitter']);
const FORM_CLASSES = new Set(['FormGroup', 'FormControl', 'FormArray', 'FormRecord', 'UntypedFormGroup', 'UntypedFormControl', 'UntypedFormArray']);
const FORM_BUILDERS = new Set(['FormBuilder', 'NonNullableFormBuilder', 'UntypedFormBuilder']);
const FORM_BUILDER_METHODS = new Set(['group', 'control', 'array', 'record']);
/** Operators that transform what their source emits and subscribe to nothing else. */
const PLAIN_OPERATORS = new Set([
  'map', 'filter', 'tap', 'debounceTime', 'throttleTime', 'auditTime', 'sampleTime', 'distinctUntilChanged', 'distinctUntilKeyChanged',
  'skip', 'skipWhile', 'startWith', 'scan', 'pairwise', 'pluck', 'mapTo', 'delay', 'bufferCount', 'share', 'shareReplay', 'defaultIfEmpty',
]);

type Kind = 'subject' | 'form';

function isMember(node: Node): node is Extract<Node, { type: 'MemberExpression' | 'OptionalMemberExpression' }> {
  return node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression';
}

function isCall(node: Node): node is Extract<Node, { type: 'CallExpression' | 'OptionalCallExpression' }> {
  return node.type === 'CallExpression' || node.type === 'OptionalCallExpression';
}

/** `name` as imported from one of the module patterns (`import { Subject } from 'rxjs'`). */
function isImportedFrom(path: NodePath, name: string, modules: RegExp): string | null {
  const reference = resolveModuleReference(path, name);
  return reference && modules.test(reference.source) && reference.imported !== '*' && reference.imported !== 'default' ? reference.imported : null;
}

/** The class member `name` holds an injected form builder: `fb = inject(FormBuilder)`, `constructor(private fb: FormBuilder)`. */
function isFormBuilderMember(classPath: NodePath<Class>, name: string): boolean {
  for (const member of classPath.node.body.body) {
    if ((member.type === 'ClassProperty' || member.type === 'ClassPrivateProperty') && member.value) {
      const key = member.type === 'ClassPrivateProperty' ? `#${member.key.id.name}` : member.key.type === 'Identifier' && !member.computed ? member.key.name : null;
      const value = member.value;
      if (key === name && value.type === 'CallExpression' && value.callee.type === 'Identifier' && value.callee.name === 'inject' && value.arguments[0]?.type === 'Identifier') {
        return FORM_BUILDERS.has(isImportedFrom(classPath, value.arguments[0].name, /^@angular\/forms$/) ?? '');
      }
    }
    if (member.type === 'ClassMethod' && member.kind === 'constructor') {
      for (const param of member.params) {
        if (param.type !== 'TSParameterProperty' || param.parameter.type !== 'Identifier' || param.parameter.name !== name) continue;
        const annotation = param.parameter.typeAnnotation;
        if (annotation?.type !== 'TSTypeAnnotation' || annotation.typeAnnotation.type !== 'TSTypeReference' || annotation.typeAnnotation.typeName.type !== 'Identifier') return false;
        return FORM_BUILDERS.has(isImportedFrom(classPath, annotation.typeAnnotation.typeName.name, /^@angular\/forms$/) ?? '');
      }
    }
  }
  return false;
}

/** A value the class makes: `new BehaviorSubject(…)` / `new FormGroup(…)`, or `this.fb.group(…)`. */
function madeKind(value: NodePath, classPath: NodePath<Class>): Kind | null {
  const node = value.node;
  if (node.type === 'NewExpression' && node.callee.type === 'Identifier') {
    const name = node.callee.name;
    if (SUBJECT_CLASSES.has(isImportedFrom(value, name, /^(rxjs|@angular\/core)$/) ?? '')) return 'subject';
    if (FORM_CLASSES.has(isImportedFrom(value, name, /^@angular\/forms$/) ?? '')) return 'form';
    return null;
  }
  // Case: `this.fb.group({...})`, `this.fb.nonNullable.group({...})`
  if (node.type === 'CallExpression' && isMember(node.callee) && FORM_BUILDER_METHODS.has(getPropertyName(node.callee) ?? '')) {
    let builder: Node = node.callee.object;
    if (isMember(builder) && getPropertyName(builder) === 'nonNullable') builder = builder.object;
    if (isMember(builder) && builder.object.type === 'ThisExpression' && !builder.computed) {
      const name = getPropertyName(builder);
      if (name && isFormBuilderMember(classPath, name)) return 'form';
    }
  }
  return null;
}

/** Every `.pipe(...)` argument is a plain rxjs operator. */
export function isPlainPipe(call: NodePath): boolean {
  const args = (call.node as { arguments: Node[] }).arguments;
  return args.every((argument, i) => {
    const path = call.child(argument, 'arguments', i);
    const node = path.node;
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier') return false;
    const name = getOperatorName(path);
    return name !== null && PLAIN_OPERATORS.has(name) && isImportedFrom(path, node.callee.name, /^rxjs(\/operators)?$/) !== null;
  });
}

/**
 * The field of `this` an observable expression comes from, through `.asObservable()`, plain
 * `.pipe(...)`, and for forms `.valueChanges` / `.statusChanges` of the form or of a control it
 * holds (`.get('x')`, `.controls.x`); with `form` when that way needs the field to be a form.
 */
function resolveOwnField(expression: NodePath): { field: string; form: boolean } | null {
  let path = unwrapPath(expression);
  let form = false;
  let inForm = false;
  for (;;) {
    const node = path.node;
    if (isCall(node) && isMember(node.callee)) {
      const method = getPropertyName(node.callee);
      const callee = unwrapPath(path.child(node.callee, 'callee'));
      const ok = inForm ? method === 'get' : (method === 'asObservable' && node.arguments.length === 0) || (method === 'pipe' && isPlainPipe(path));
      if (!ok) return null;
      path = unwrapPath(callee.child((callee.node as { object: Node }).object, 'object'));
      continue;
    }
    if (isMember(node)) {
      const name = getPropertyName(node);
      if (node.object.type === 'ThisExpression') return name && !node.computed ? { field: name, form } : null;
      if (!inForm && (name === 'valueChanges' || name === 'statusChanges')) {
        form = inForm = true;
      } else if (!(inForm && (name === 'controls' || (isMember(node.object) && getPropertyName(node.object) === 'controls')))) {
        return null;
      }
      path = unwrapPath(path.child(node.object, 'object'));
      continue;
    }
    return null;
  }
}

function isOwnerMadeField(classPath: NodePath<Class>, field: string, form: boolean, seen: Set<string>): boolean {
  if (seen.has(field)) return false;
  seen.add(field);
  return isFieldKeptOnlyOnSelf(classPath, field, (value) => {
    const kind = madeKind(value, classPath);
    if (kind) return form ? kind === 'form' : kind === 'subject';
    // Case: `currentSort$ = this.currentSort.asObservable()` (a field derived from another the class made)
    if (form) return false;
    const derived = resolveOwnField(value);
    return derived !== null && isOwnerMadeField(classPath, derived.field, derived.form, seen);
  });
}

export function isOwnerMadeSource(source: NodePath): boolean {
  const own = resolveOwnField(source);
  const thisClass = own ? resolveThisClass(unwrapPath(source)) : null;
  return own !== null && thisClass !== null && isOwnerMadeField(thisClass.classPath, own.field, own.form, new Set());
}
