import { Component, EventEmitter, Output, inject } from '@angular/core';
import { NgbModal } from '@ng-bootstrap/ng-bootstrap';
import { first } from 'rxjs';

@Component({ selector: 'app-confirm-delete', template: '' })
export class ConfirmDeleteComponent {
  @Output() confirmed = new EventEmitter<void>();
  @Output() failed = new EventEmitter<Error>();
}

@Component({ selector: 'app-file-list', template: '' })
export class FileListComponent {
  private readonly modal = inject(NgbModal);

  // Outputs of the component the dialog just opened shows: the dialog destroys that component,
  // and the subscriptions it holds go with it. No finding.
  remove(id: number): void {
    const modalRef = this.modal.open(ConfirmDeleteComponent);
    modalRef.componentInstance.confirmed.subscribe(() => this.drop(id));
    modalRef.componentInstance.failed.pipe(first()).subscribe((error: Error) => console.error(error));
    this.modal.open(ConfirmDeleteComponent).componentInstance.confirmed.subscribe(() => this.drop(id));
  }

  private drop(id: number): void {
    console.log('dropped', id);
  }
}
