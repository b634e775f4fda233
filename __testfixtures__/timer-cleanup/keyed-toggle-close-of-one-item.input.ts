// `open(id, …)` / `close(id, …)` take the item they act on: the store keeps many popups open,
// and `close(b)` does not undo `open(a)`, so it is no place to cancel open's timer (closing one
// popup within 50 ms of opening another would skip the other's dimmer update). A class whose
// `open(source)` / `close(source)` act on the instance itself (the argument picks no item)
// keeps its fix.
declare function updateDimmer(): void;

class PopupStore {
  list: { id: string; param: object }[] = [];

  open(id: string, param: object) {
    this.list.push({ id, param });
    window.setTimeout(() => updateDimmer(), 50);
  }

  close(id: string, callBack?: () => void) {
    this.list = this.list.filter((item) => item.id !== id);
    callBack?.();
  }
}

export const Popups = new PopupStore();

export class Sheet {
  constructor(private el: HTMLElement) {}

  open(source: string) {
    this.el.dataset.openedBy = source;
    setTimeout(() => this.el.focus(), 50);
  }

  close(source: string) {
    this.el.dataset.closedBy = source;
  }
}
