import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  inject
} from '@angular/core';
import { LyricsStore } from './lyrics.store';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

// The import already has one name per line: DestroyRef and inject each get their own line.
@Component({ selector: 'app-toggle', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
export class ToggleComponent {
  private visible = false;
  private readonly destroyRef = inject(DestroyRef);

  constructor(private readonly store: LyricsStore) {
    this.store.visible$.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((visible: boolean) => (this.visible = visible));
  }
}
