declare const ipc: { on(channel: string, listener: (...args: unknown[]) => void): void };

// One instance, made at module level, of a class the file keeps to itself: the flag on `this`
// is module-wide, and the listener is bound once per page however often ensure() runs.
class TerminalRegistry {
  private bound = false;
  private views = new Map<string, { write(data: string): void }>();

  private bind() {
    if (this.bound) return;
    this.bound = true;
    ipc.on('terminalData', (_event, payload) => {
      const { id, data } = payload as { id: string; data: string };
      this.views.get(id)?.write(data);
    });
  }

  ensure(id: string) {
    this.bind();
    return this.views.get(id);
  }
}

export const terminalRegistry = new TerminalRegistry();

// A class whose file makes an instance per call: each instance binds its own listener once,
// and the listener outlives the instance. Still a finding.
class ChannelView {
  private bound = false;

  constructor(private channel: string) {}

  attach() {
    if (this.bound) return;
    this.bound = true;
    ipc.on(this.channel, () => this.render());
  }

  render() {}
}

export function openChannel(channel: string): ChannelView {
  const view = new ChannelView(channel);
  view.attach();
  return view;
}
