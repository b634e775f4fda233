import { callbackManager } from './llm';

let resizeBound = false;

export class Tracer {
  static installed = false;
  static starts = new Map<string, number>();

  constructor(readonly id: string) {
    Tracer.install();
  }

  // Not a finding: a static flag lets this run once per process, however many tracers are made.
  static install() {
    if (!Tracer.installed) {
      callbackManager.on('llm-start', (event: { id: string; at: number }) => Tracer.starts.set(event.id, event.at));
      Tracer.installed = true;
    }
  }
}

// Not a finding: the early-return form of the same guard, on a module-level flag.
export function bindResize(onResize: () => void) {
  if (resizeBound) return;
  resizeBound = true;
  window.addEventListener('resize', onResize);
}

export class Panel {
  private listening = false;

  // Still a finding: the flag is per instance, so every panel adds a listener that is never removed.
  open(onScroll: () => void) {
    if (!this.listening) {
      window.addEventListener('scroll', onScroll);
      this.listening = true;
    }
  }
}

let warned = false;

// Still a finding: the guard's flag is never set, so every call adds another listener.
export function watchOnline(onOnline: () => void) {
  if (!warned) {
    window.addEventListener('online', onOnline);
  }
}
