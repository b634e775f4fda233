import { Component, Injectable, type OnInit, type OnDestroy } from '@angular/core';

interface Clock {
  connected: boolean;
  time(): Promise<string>;
}

/** A terminal frontend: its sleeps only let the renderer catch up, once per attach. */
export class TerminalFrontend {
  private opened = false;

  async attach(host: HTMLElement, web: boolean): Promise<void> {
    this.opened = true;
    // Work around font loading bugs
    await new Promise((resolve) => setTimeout(resolve, web ? 1000 : 0));
    host.classList.add('ready');
    // Allow an animation frame
    await new Promise((r) => setTimeout(r, 100));
    host.focus();
  }

  destroy(): void {
    this.opened = false;
  }
}

/** One instance for the life of the app: its sync loop is meant to run as long. */
@Injectable({ providedIn: 'root' })
export class ConfigSyncService {
  constructor(private readonly clock: Clock) {
    void this.autoSync();
  }

  private async autoSync(): Promise<void> {
    while (true) {
      await this.clock.time();
      await new Promise((resolve) => setTimeout(resolve, 60000));
    }
  }
}

/** A component whose polling loop goes on after it is destroyed, while the clock stays connected. */
@Component({ selector: 'app-server-clock', template: '{{ now }}' })
export class ServerClockComponent implements OnInit, OnDestroy {
  now = '';
  private readonly controller = new AbortController();

  constructor(private readonly clock: Clock) {}

  async ngOnInit(): Promise<void> {
    while (this.clock.connected) {
      this.now = await this.clock.time();
      await new Promise((resolve, reject) => {
        if (this.controller.signal.aborted) { reject(this.controller.signal.reason); return; }
        const listening = new AbortController();
        const timer = setTimeout(() => { listening.abort(); resolve(undefined); }, 1000);
        this.controller.signal.addEventListener('abort', () => { clearTimeout(timer); reject(this.controller.signal.reason); }, { signal: listening.signal });
      });
    }
  }

  ngOnDestroy(): void {
    this.controller.abort();
  }
}
