import { Component, DestroyRef, Injectable, OnInit, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class BannerService {
  readonly dismissed = new Subject<string>();
  readonly shown = new Subject<string>();
}

interface Banner {
  dismissed: Subject<string>;
}

// `dismissed` / `shown` of a service or of an object that is no dialog reference are lasting
// streams: the subscriptions are leaks, fixed.
@Component({ selector: 'app-banner-log', template: '' })
export class BannerLogComponent implements OnInit {
  private readonly destroyRef = inject(DestroyRef);
  private readonly banners = inject(BannerService);
  private current: Banner | null = null;
  log: string[] = [];

  ngOnInit(): void {
    this.banners.dismissed.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((id: string) => this.log.push(`dismissed ${id}`));
    this.banners.shown.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((id: string) => this.log.push(`shown ${id}`));
    this.current?.dismissed.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((id: string) => this.log.push(`current ${id}`));
  }
}
