import { Component, OnInit, DestroyRef, inject } from '@angular/core';
import { from } from 'rxjs';
import { CatalogService } from './catalog.service';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

// `from` of an async generator reads value after value until the generator ends: it is not the
// one value of a promise, so the subscription still has to end with the component.
@Component({ selector: 'app-catalog', template: '{{ names }}' })
export class CatalogComponent implements OnInit {
	names: string[] = [];
	private readonly destroyRef = inject(DestroyRef);

	constructor(private readonly catalog: CatalogService) {}

	ngOnInit(): void {
		from(this.watchNames()).pipe(takeUntilDestroyed(this.destroyRef)).subscribe((name: string) => this.names.push(name));
	}

	private async *watchNames(): AsyncGenerator<string> {
		for (;;) yield await this.catalog.nextName();
	}
}
