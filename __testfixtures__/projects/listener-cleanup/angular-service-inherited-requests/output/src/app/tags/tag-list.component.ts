import { Component, OnInit, OnDestroy } from '@angular/core';
import { Tag, TagService } from '../services/tag.service';

@Component({ selector: 'app-tag-list', template: '' })
export class TagListComponent implements OnInit, OnDestroy {
  tags: Tag[] = [];
  private subscription?: { unsubscribe: () => void };

  constructor(private readonly tagService: TagService) {}

  ngOnInit(): void {
    // Requests of the base class: each completes after its response. No finding.
    this.tagService.firstPage().subscribe((tags) => (this.tags = tags));
    // Still a subscription that nothing ends.
    this.subscription = this.tagService.watch().subscribe(() => this.reload());
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
  }

  remove(tag: Tag): void {
    this.tagService.delete(tag.id).subscribe(() => this.reload());
  }

  private reload(): void {
    this.tagService.list(1).subscribe((page) => (this.tags = page.results));
  }
}
