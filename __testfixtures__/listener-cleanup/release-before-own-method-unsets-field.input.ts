// A removal from a field the release method empties through a method of its own goes before
// that call (Panel: hide() sets `this.popup = null`; a removal after it would remove nothing).
// One from another target (Feed's window listener) is appended as usual.
export class Feed {
  private socket: WebSocket | null = null;

  open(url: string) {
    this.socket = new WebSocket(url);
    window.addEventListener('online', this.onOnline);
  }

  private onOnline = () => {
    this.socket?.send('ping');
  };

  close() {
    this.socket?.close();
    this.socket = null;
  }

  destroy() {
    this.close();
  }
}

export class Panel {
  private popup: HTMLElement | null = null;

  constructor(private readonly host: HTMLElement) {}

  show() {
    this.popup = document.createElement('div');
    this.host.append(this.popup);
    this.host.addEventListener('scroll', this.onScroll);
    this.popup.addEventListener('click', this.onClick);
  }

  private onScroll = () => {};

  private onClick = (event: MouseEvent) => {
    event.stopPropagation();
  };

  hide() {
    this.popup = null;
  }

  dispose() {
    this.hide();
  }
}
