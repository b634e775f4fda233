import { Component, OnInit, DestroyRef, inject } from '@angular/core';
import { from, interval, switchMap } from 'rxjs';
import { CatalogService } from './catalog.service';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

// `from(promise)` completes, but the `switchMap` onto an interval never does: still a leak.
@Component({ selector: 'app-catalog', template: '{{ names }}' })
export class CatalogComponent implements OnInit {
	names: string[] = [];
	private readonly destroyRef = inject(DestroyRef);

	constructor(private readonly catalog: CatalogService) {}

	ngOnInit(): void {
		from(this.fetchNames())
			.pipe(switchMap(() => interval(60_000)), takeUntilDestroyed(this.destroyRef))
			.subscribe(() => this.catalog.ping());
	}

	private async fetchNames(): Promise<void> {
		this.names = await this.catalog.names();
	}
}
