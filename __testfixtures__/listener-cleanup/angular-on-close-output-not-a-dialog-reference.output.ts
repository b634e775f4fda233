import { Component, DestroyRef, inject, type OnInit } from '@angular/core';
import { PanelComponent } from './panel.component';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

// `onClose` of a long-lived panel component (an `@Output()` emitter) is not a dialog's one-shot
// close stream: it fires on every close and never completes.
@Component({ selector: 'app-host', template: '' })
export class HostComponent implements OnInit {
  private readonly panel = inject(PanelComponent);
  private readonly destroyRef = inject(DestroyRef);
  closes = 0;

  ngOnInit(): void {
    this.panel.onClose.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => this.closes++);
  }
}
