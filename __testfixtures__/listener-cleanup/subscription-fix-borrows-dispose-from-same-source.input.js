// `vm.name`'s Knockout subscription is ended with `dispose()`: a handle of the same source
// (`vm.age`) is ended the same way. `store.changes` is another source, which may be an RxJS
// Observable whose Subscription has no `dispose()`: its fix keeps `unsubscribe()`, and its
// description names both APIs.
export class Panel {
  constructor(store, vm) {
    this.nameSub = vm.name.subscribe((v) => this.render(v));
    this.ageSub = vm.age.subscribe((a) => this.render(a));
    this.changes = store.changes.subscribe((c) => this.apply(c));
  }

  render(v) {
    this.v = v;
  }

  apply(c) {
    this.c = c;
  }

  dispose() {
    this.nameSub.dispose();
  }
}
