import { Component, Input, type OnInit, type OnDestroy } from '@angular/core';

@Component({ selector: 'app-cover', template: '<img [src]="src" *ngIf="ready" />' })
export class CoverComponent implements OnInit, OnDestroy {
  @Input() src = '';
  ready = false;
  private readonly controller = new AbortController();

  async ngOnInit(): Promise<void> {
    const image = new Image();
    image.src = this.src;
    await new Promise((resolve, reject) => {
      if (this.controller.signal.aborted) { reject(this.controller.signal.reason); return; }
      const listening = new AbortController();
      image.addEventListener('load', (event) => { listening.abort(); resolve(event); }, { signal: listening.signal });
      image.addEventListener('error', () => { listening.abort(); reject(new Error('error before load')); }, { signal: listening.signal });
      this.controller.signal.addEventListener('abort', () => { listening.abort(); reject(this.controller.signal.reason); }, { signal: listening.signal });
    });
    this.ready = true;
  }

  ngOnDestroy(): void {
    this.controller.abort();
  }
}
