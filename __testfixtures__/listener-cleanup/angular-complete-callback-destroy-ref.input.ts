import { Component, DestroyRef, inject, type OnInit } from '@angular/core';
import { UploadService } from './upload.service';

@Component({ selector: 'app-upload', template: '{{ progress }}' })
export class UploadComponent implements OnInit {
  private readonly uploads = inject(UploadService);
  private readonly destroyRef = inject(DestroyRef);
  progress = 0;

  ngOnInit(): void {
    this.uploads.progress$.subscribe({
      next: (value: number) => (this.progress = value),
      complete: () => (this.progress = 100),
    });
  }
}
