import { Component, OnInit } from '@angular/core';
import { Tag, TagService } from '../services/tag.service';

@Component({ selector: 'app-tag-list', template: '' })
export class TagListComponent implements OnInit {
  tags: Tag[] = [];

  constructor(private readonly tagService: TagService) {}

  ngOnInit(): void {
    // Requests of the base class: each completes after its response. No finding.
    this.tagService.firstPage().subscribe((tags) => (this.tags = tags));
    // Still a subscription that nothing ends.
    this.tagService.watch().subscribe(() => this.reload());
  }

  remove(tag: Tag): void {
    this.tagService.delete(tag.id).subscribe(() => this.reload());
  }

  private reload(): void {
    this.tagService.list(1).subscribe((page) => (this.tags = page.results));
  }
}
