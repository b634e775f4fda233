import { Component, DestroyRef, Injectable, OnInit, inject, OnDestroy } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class NoteService {
  private readonly http = inject(HttpClient);

  save(text: string) {
    return this.http.post<{ id: number }>('/notes', { text });
  }
}

// `destroyRef.onDestroy(…)` may only be called while the component lives: a timer started
// directly in a method registers its clear there, one started in a callback or after an
// `await` (which may run after the component is destroyed) keeps its handle for ngOnDestroy.
@Component({ selector: 'app-note-editor', template: '' })
export class NoteEditorComponent implements OnInit, OnDestroy {
  private readonly destroyRef = inject(DestroyRef);
  private readonly notes = inject(NoteService);
  status = '';
  private readonly timeoutIds: ReturnType<typeof setTimeout>[] = [];

  ngOnInit(): void {
    const timeoutId = setTimeout(() => (this.status = 'ready'), 100);
    this.destroyRef.onDestroy(() => clearTimeout(timeoutId));
  }

  ngOnDestroy(): void {
    for (const timeoutId of this.timeoutIds.splice(0)) clearTimeout(timeoutId);
  }

  saveNow(text: string): void {
    this.notes.save(text).subscribe(() => {
      this.status = 'saved';
      this.timeoutIds.push(setTimeout(() => (this.status = ''), 2000));
    });
  }

  async saveAndFlash(text: string): Promise<void> {
    await firstValueFrom(this.notes.save(text));
    this.timeoutIds.push(setTimeout(() => (this.status = ''), 2000));
  }
}
