import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isOwnerMadeSource } from './owner-made-source';

const IMPORTS = [
  "import { Component, EventEmitter, Input } from '@angular/core';",
  "import { FormBuilder, FormControl, FormGroup } from '@angular/forms';",
  "import { BehaviorSubject, Observable, Subject } from 'rxjs';",
  "import { debounceTime, map, switchMap } from 'rxjs/operators';",
  "import { filter } from './operators';",
].join('\n');

/** Whether the source of the last `.subscribe(...)` in `body` (a component's members) is owner-made. */
function check(body: string): boolean {
  const code = `${IMPORTS}\n@Component({ selector: 'x' }) class View { ${body} }`;
  const calls = parseSnippet(code).findAll((node) => (node.type === 'CallExpression' || node.type === 'OptionalCallExpression') && code.slice(node.callee.start!, node.callee.end!).endsWith('.subscribe'));
  const call = calls[calls.length - 1]!;
  const member = call.child((call.node as unknown as { callee: never }).callee, 'callee');
  return isOwnerMadeSource(member.child((member.node as unknown as { object: never }).object, 'object'));
}

describe('isOwnerMadeSource', () => {
  it('sees subjects the class makes and keeps, directly and through asObservable() or plain pipes', () => {
    expect(check("sort = new BehaviorSubject('a'); init() { this.sort.subscribe((s) => s); }")).toBe(true);
    expect(check("sort = new BehaviorSubject('a'); sort$ = this.sort.asObservable(); init() { this.sort$.subscribe((s) => s); }")).toBe(true);
    expect(check("sort = new Subject(); sort$!: Observable<string>; init() { this.sort$ = this.sort.pipe(map((s) => s)); this.sort$.subscribe(); }")).toBe(true);
    expect(check('search = new Subject(); init() { this.search.pipe(debounceTime(300), map((s) => s)).subscribe(); }')).toBe(true);
    expect(check('changed = new EventEmitter(); init() { this.changed.asObservable().pipe(debounceTime(1)).subscribe(); }')).toBe(true);
  });

  it('sees forms the class makes: new, or from an injected FormBuilder, and their controls', () => {
    expect(check("form = new FormGroup({ a: new FormControl('') }); init() { this.form.valueChanges.subscribe(); }")).toBe(true);
    expect(check("form?: FormGroup; init() { this.form = new FormGroup({}); this.form!.get('a')?.valueChanges.subscribe(); }")).toBe(true);
    expect(check("constructor(private fb: FormBuilder) {} form = this.fb.group({ a: [''] }); init() { this.form.controls.a.statusChanges.subscribe(); }")).toBe(true);
    expect(check("form = new FormGroup({}); a$ = this.form.valueChanges.pipe(map((v) => v)); init() { this.a$.subscribe(); }")).toBe(true);
  });

  it('leaves what the class is handed, hands out, or ties to another source', () => {
    // Handed in
    expect(check('@Input() form!: FormGroup; init() { this.form.valueChanges.subscribe(); }')).toBe(false);
    expect(check('constructor(private sort: BehaviorSubject<string>) {} init() { this.sort.subscribe(); }')).toBe(false);
    expect(check('constructor(private fb: Builder) {} form = this.fb.group({}); init() { this.form.valueChanges.subscribe(); }')).toBe(false);
    // Handed out, or filled from elsewhere
    expect(check('sort = new Subject(); init() { register(this.sort); this.sort.subscribe(); }')).toBe(false);
    expect(check('sort = new Subject(); sort$ = this.sort.asObservable(); init() { register(this.sort$); this.sort$.subscribe(); }')).toBe(false);
    expect(check('sort = new Subject(); init(other) { this.sort = other; this.sort.subscribe(); }')).toBe(false);
    // Tied to another source, or not a hot subject
    expect(check('sort = new Subject(); init() { this.sort.pipe(switchMap(() => this.service.sort$)).subscribe(); }')).toBe(false);
    expect(check('sort = new Subject(); init() { this.sort.pipe(filter(Boolean)).subscribe(); }')).toBe(false);
    expect(check('ticks = new Observable((s) => { window.addEventListener("x", s.next); }); init() { this.ticks.subscribe(); }')).toBe(false);
    expect(check('sort = new Subject(); init() { this.sort.valueChanges.subscribe(); }')).toBe(false);
    expect(check("form = new FormGroup({}); init() { this.form.asObservable().subscribe(); }")).toBe(false);
  });
});
