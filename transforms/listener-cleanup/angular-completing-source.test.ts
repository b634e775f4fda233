import type { CallExpression, Class, MemberExpression } from '@babel/types';
import { describe, expect, it } from 'vitest';
import type { NodePath } from '../../src/core/traverse';
import { parseSnippet } from '../../test/helpers/ast';
import { getInjectedServiceCall, isAngularCompletingSource } from './angular-completing-source';

/** Whether the object of the first `.subscribe(...)` in `body` (a method of a class with `members`) completes by itself. */
function check(members: string, body: string): boolean {
  const snippet = parseSnippet(`class C {\n${members}\nrun() { ${body} }\n}`);
  const subscribe = snippet.find((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'subscribe');
  const call = subscribe.node as CallExpression;
  const callee = call.callee as MemberExpression;
  const source = subscribe.child(callee, 'callee').child(callee.object, 'object');
  const classPath = snippet.find((node) => node.type === 'ClassDeclaration') as NodePath<Class>;
  return isAngularCompletingSource(source, classPath);
}

describe('isAngularCompletingSource', () => {
  it('accepts HttpClient requests of an injected HttpClient, also through completion-keeping pipes', () => {
    expect(check('constructor(private http: HttpClient) {}', "this.http.get('/a').subscribe();")).toBe(true);
    expect(check('http = inject(HttpClient);', "this.http.post('/a', {}).pipe(map(f), catchError(g)).subscribe();")).toBe(true);
    expect(check('readonly #http: HttpClient = inject(HttpClient);', "this.#http.delete('/a').subscribe();")).toBe(true);
  });

  it('accepts one-shot dialog streams and the route streams of an injected ActivatedRoute', () => {
    expect(check('', 'this.dialog.open(X).afterClosed().subscribe();')).toBe(true);
    expect(check('', 'ref.afterDismissed().subscribe();')).toBe(true);
    expect(check('constructor(private route: ActivatedRoute) {}', 'this.route.paramMap.subscribe();')).toBe(true);
    expect(check('route = inject(ActivatedRoute);', 'this.route.queryParams.pipe(map(f)).subscribe();')).toBe(true);
  });

  it('rejects other members, other clients and operators that may not complete', () => {
    expect(check('constructor(private http: ApiClient) {}', "this.http.get('/a').subscribe();")).toBe(false);
    expect(check('', "http.get('/a').subscribe();")).toBe(false);
    expect(check('constructor(private http: HttpClient) {}', "this.http.get('/a').pipe(switchMap(() => interval(1))).subscribe();")).toBe(false);
    expect(check('constructor(private route: ActivatedRoute) {}', 'this.route.events.subscribe();')).toBe(false);
    expect(check('constructor(private router: Router) {}', 'this.router.paramMap.subscribe();')).toBe(false);
    expect(check('', 'this.store.select(x).subscribe();')).toBe(false);
  });

  it('accepts the close stream of a dialog or window reference that is known to be one', () => {
    expect(check('', 'this.dialogService.open(X).onClose.subscribe();')).toBe(true);
    expect(check('', 'const ref = this.windowService.open(X); ref.onClose.pipe(map(f)).subscribe();')).toBe(true);
    expect(check('constructor(protected ref: NbDialogRef<X>) {}', 'this.ref.onClose.subscribe();')).toBe(true);
    expect(check('ref = inject(DynamicDialogRef);', 'this.ref.onClose.subscribe();')).toBe(true);
    expect(check('', 'this.dialog.open(X).closed.subscribe();')).toBe(true);
    expect(check('', 'this.dialog.open(X).beforeClosed().subscribe();')).toBe(true);
    expect(check('', 'const ref = this.offcanvas.open(X); ref.dismissed.subscribe();')).toBe(true);
    expect(check('private ref: NgbModalRef | null = null;', 'this.ref.dismissed.subscribe(); this.ref.hidden.subscribe(); this.ref.shown.subscribe();')).toBe(true);
  });

  it('does not trust onClose / closed on anything not known to be a dialog reference', () => {
    expect(check('', 'this.child.onClose.subscribe();')).toBe(false);
    expect(check('constructor(private panel: PanelComponent) {}', 'this.panel.onClose.subscribe();')).toBe(false);
    expect(check('', 'const ref = this.dialogService.get(X); ref.onClose.subscribe();')).toBe(false);
    expect(check('', 'this.dialogService.open(X).onBackdropClick.subscribe();')).toBe(false);
    expect(check('', 'this.dialogService.open(X).onClose.pipe(switchMap(() => interval(1))).subscribe();')).toBe(false);
    expect(check('private banner: Banner | null = null;', 'this.banner.dismissed.subscribe();')).toBe(false);
    expect(check('constructor(private toasts: ToastService) {}', 'this.toasts.shown.subscribe();')).toBe(false);
  });
});

describe('getInjectedServiceCall', () => {
  function named(body: string): string | null {
    const snippet = parseSnippet(`class C {\nconstructor(private stats: StatsService) {}\nrun() { ${body} }\n}`);
    const subscribes = snippet.findAll((node) => node.type === 'CallExpression' && node.callee.type === 'MemberExpression' && node.callee.property.type === 'Identifier' && node.callee.property.name === 'subscribe');
    const subscribe = subscribes[subscribes.length - 1]!;
    const callee = (subscribe.node as CallExpression).callee as MemberExpression;
    const source = subscribe.child(callee, 'callee').child(callee.object, 'object');
    const classPath = snippet.find((node) => node.type === 'ClassDeclaration') as NodePath<Class>;
    return getInjectedServiceCall(source, classPath, (type, method) => type === 'StatsService' && method === 'visits');
  }

  it('names the combined call not known to complete, read through consts too', () => {
    expect(named('forkJoin([this.stats.visits(1), this.stats.watch()]).subscribe();')).toBe('this.stats.watch()');
    expect(named('const v = this.stats.visits(1); const w = this.stats.watch(); forkJoin([v, w]).subscribe();')).toBe('this.stats.watch()');
    expect(named('forkJoin([this.stats.visits(1), this.stats.visits(2)]).subscribe();')).toBe('this.stats.visits()');
    expect(named('this.stats.watch().subscribe();')).toBe('this.stats.watch()');
  });

  it("names a method of a part of an injected service (a facade's sub-service), not of anything else's", () => {
    expect(named('this.stats.client.setLanguage(code).subscribe();')).toBe('this.stats.client.setLanguage()');
    expect(named('this.stats.client.orders.cancel(id).pipe(take(1)).subscribe();')).toBe('this.stats.client.orders.cancel()');
    expect(named('this.other.client.setLanguage(code).subscribe();')).toBeNull();
    expect(named('this.stats.client().setLanguage(code).subscribe();')).toBeNull();
  });
});
