import { Component, OnInit } from '@angular/core';
import { from } from 'rxjs';
import { CatalogService } from './catalog.service';

// `from` of an async generator reads value after value until the generator ends: it is not the
// one value of a promise, so the subscription still has to end with the component.
@Component({ selector: 'app-catalog', template: '{{ names }}' })
export class CatalogComponent implements OnInit {
	names: string[] = [];

	constructor(private readonly catalog: CatalogService) {}

	ngOnInit(): void {
		from(this.watchNames()).subscribe((name: string) => this.names.push(name));
	}

	private async *watchNames(): AsyncGenerator<string> {
		for (;;) yield await this.catalog.nextName();
	}
}
