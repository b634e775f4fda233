import { Component, OnInit } from '@angular/core';
import { from } from 'rxjs';
import { CatalogService } from './catalog.service';

// `from(promise)` emits once and completes when the promise settles: nothing to end on destroy.
@Component({ selector: 'app-catalog', template: '{{ names }}' })
export class CatalogComponent implements OnInit {
	names: string[] = [];

	constructor(private readonly catalog: CatalogService) {}

	ngOnInit(): void {
		from(this.fetchNames()).subscribe();
		from(this.goTo('/catalog')).subscribe();
	}

	private async fetchNames(): Promise<void> {
		this.names = await this.catalog.names();
	}

	public goTo(path: string): Promise<boolean> {
		return this.catalog.open(path);
	}
}
