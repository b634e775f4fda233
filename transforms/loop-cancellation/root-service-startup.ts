/**
 * A loop a root-provided Angular service starts once, for the app's life: in its constructor, or
 * in a private method that only its constructor calls (`this.autoSync()` from the constructor,
 * also in a callback there: tabby's ConfigSyncService, `config.ready$.toPromise().then(() =>
 * this.autoSync())`). Angular makes one instance of such a service (no `ngOnDestroy`, no
 * `DestroyRef`: app-lifetime-service.ts), so the loop lives as long as the app by intent
 * (docs/catalog.md, "Process lifetime by intent"), like the loop of a run-once `main()`. A public
 * method may be called from anywhere, any number of times: its loop is still a finding.
 */
import type { Node } from '@babel/types';
import { isAppLifetimeService } from '../../src/analysis/lifecycle/app-lifetime-service';
import { resolveOwnerScope } from '../../src/analysis/lifecycle/owner-scope';
import { getPropertyName } from '../../src/analysis/syntax/expressions';
import { forEachNode, type NodePath } from '../../src/core/traverse';
import { isInsideNode } from '../../src/core/node-helpers';

export function isRootServiceStartup(at: NodePath): boolean {
  const owner = resolveOwnerScope(at);
  const classOwner = owner.classOwner;
  if (!classOwner || !isAppLifetimeService(owner)) return false;
  if (classOwner.memberName === 'constructor') return true;
  const member = classOwner.member.node;
  const isPrivate = member.type === 'ClassPrivateMethod' || (member.type === 'ClassMethod' && member.accessibility === 'private');
  if (!isPrivate || classOwner.memberName === null) return false;
  const constructor = classOwner.classPath.node.body.body.find((item) => item.type === 'ClassMethod' && item.kind === 'constructor');
  if (!constructor) return false;
  // Every `this.autoSync` of the class is in the constructor (at least one).
  const name = classOwner.memberName;
  let calls = 0;
  let elsewhere = false;
  forEachNode(classOwner.classPath.node, (node: Node) => {
    if (elsewhere) return false;
    if ((node.type === 'MemberExpression' || node.type === 'OptionalMemberExpression') && node.object.type === 'ThisExpression' && getPropertyName(node) === name) {
      if (isInsideNode(node, constructor)) calls++;
      else elsewhere = true;
    }
    return undefined;
  });
  return calls > 0 && !elsewhere;
}
