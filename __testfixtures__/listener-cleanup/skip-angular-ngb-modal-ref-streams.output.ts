import { Component, TemplateRef, ViewChild, inject } from '@angular/core';
import { NgbModal, NgbModalRef, NgbOffcanvas } from '@ng-bootstrap/ng-bootstrap';

@Component({ selector: 'app-release-notes', template: '' })
export class ReleaseNotesComponent {}

// ng-bootstrap's modal and offcanvas references emit `closed` / `dismissed` / `hidden` / `shown`
// once, and go with the dialog: no finding, whether the reference is a local kept from
// `open(...)` or a field declared as one.
@Component({ selector: 'app-toolbar', template: '<ng-template #filters></ng-template>' })
export class ToolbarComponent {
  @ViewChild('filters') filters!: TemplateRef<unknown>;
  private readonly modals = inject(NgbModal);
  private readonly drawers = inject(NgbOffcanvas);
  private notesRef: NgbModalRef | null = null;
  filtersOpen = false;
  notesShown = false;

  openFilters(): void {
    this.filtersOpen = true;
    const drawer = this.drawers.open(this.filters, { position: 'end' });
    drawer.closed.subscribe(() => (this.filtersOpen = false));
    drawer.dismissed.subscribe(() => (this.filtersOpen = false));
  }

  showNotes(): void {
    if (this.notesRef !== null) return;
    this.notesRef = this.modals.open(ReleaseNotesComponent, { size: 'lg' });
    this.notesRef.shown.subscribe(() => (this.notesShown = true));
    this.notesRef.dismissed.subscribe(() => (this.notesRef = null));
    this.notesRef.hidden.subscribe(() => (this.notesShown = false));
  }
}
