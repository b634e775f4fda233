import {
  ChangeDetectionStrategy,
  Component
} from '@angular/core';
import { LyricsStore } from './lyrics.store';

// The import already has one name per line: DestroyRef and inject each get their own line.
@Component({ selector: 'app-toggle', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
export class ToggleComponent {
  private visible = false;

  constructor(private readonly store: LyricsStore) {
    this.store.visible$.subscribe((visible: boolean) => (this.visible = visible));
  }
}
