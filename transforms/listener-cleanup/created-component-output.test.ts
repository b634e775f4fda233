import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isCreatedComponentOutput } from './created-component-output';

function check(code: string, callee: string): boolean {
  const call = parseSnippet(code).call(callee);
  const member = call.child((call.node as unknown as { callee: never }).callee, 'callee');
  return isCreatedComponentOutput(member.child((member.node as unknown as { object: never }).object, 'object'));
}

describe('isCreatedComponentOutput', () => {
  it('sees an output of a component a call handed its class just created, kept here', () => {
    expect(check('class S { async open(ref) { const [modal, child] = await this.modals.openViewRef(ExportComponent, ref); child.onSaved.subscribe(() => modal.close()); } }', 'child.onSaved.subscribe')).toBe(true);
    expect(check('class S { async manage() { const comp = await this.openModal(this.yubiRef, YubiKeyComponent); comp.onUpdated.subscribe((on) => this.update(on)); } }', 'comp.onUpdated.subscribe')).toBe(true);
    expect(check('class S { open() { const ref = this.vcr.createComponent(ShareComponent); ref.instance.shared.pipe(take(1)).subscribe(() => this.done()); } }', 'ref.instance.shared.pipe(take(1)).subscribe')).toBe(true);
  });

  it('leaves a component handed out, a $ stream, a class not named a component, a reassignable variable, other pipes', () => {
    expect(check('class S { async open(ref) { const [, child] = await this.modals.openViewRef(ExportComponent, ref); this.registry.add(child); child.onSaved.subscribe(() => 1); } }', 'child.onSaved.subscribe')).toBe(false);
    expect(check('class S { async open(ref) { const [, child] = await this.modals.openViewRef(ExportComponent, ref); child.items$.subscribe(() => 1); } }', 'child.items$.subscribe')).toBe(false);
    expect(check('class S { async open() { const store = await this.stores.get(Settings); store.changed.subscribe(() => 1); } }', 'store.changed.subscribe')).toBe(false);
    expect(check('class S { async open(ref) { let child = await this.openModal(ref, ExportComponent); child.onSaved.subscribe(() => 1); } }', 'child.onSaved.subscribe')).toBe(false);
    expect(check('class S { open() { const ref = this.vcr.createComponent(ShareComponent); ref.instance.shared.pipe(switchMap(() => interval(1000))).subscribe(); } }', 'ref.instance.shared.pipe(switchMap(() => interval(1000))).subscribe')).toBe(false);
    expect(check('class S { open() { const ref = this.vcr.createComponent(ShareComponent); return ref; } watch(ref) { ref.instance.shared.subscribe(); } }', 'ref.instance.shared.subscribe')).toBe(false);
  });
});
