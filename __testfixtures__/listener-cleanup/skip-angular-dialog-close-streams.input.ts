import { Component, inject } from '@angular/core';
import { NbDialogRef, NbDialogService, NbWindowService } from '@nebular/theme';
import { DynamicDialogRef } from 'primeng/dynamicdialog';
import { Dialog } from '@angular/cdk/dialog';
import { MatDialog } from '@angular/material/dialog';
import { map } from 'rxjs';

@Component({ selector: 'app-confirm', template: '' })
export class ConfirmComponent {
  // The dialog's own reference: its close stream ends with the dialog.
  constructor(protected ref: NbDialogRef<ConfirmComponent>) {
    this.ref.onClose.subscribe((answer: boolean) => console.log('closed with', answer));
  }
}

@Component({ selector: 'app-orders', template: '' })
export class OrdersComponent {
  private readonly dialogService = inject(NbDialogService);
  private readonly windowService = inject(NbWindowService);
  private readonly cdkDialog = inject(Dialog);
  private readonly matDialog = inject(MatDialog);
  private readonly dynamicRef = inject(DynamicDialogRef);

  confirm(): void {
    this.dialogService.open(ConfirmComponent).onClose.subscribe((answer: boolean) => this.apply(answer));
  }

  edit(): void {
    const windowRef = this.windowService.open(ConfirmComponent, { title: 'Edit' });
    windowRef.onClose.pipe(map(() => true)).subscribe(() => this.apply(true));
  }

  pick(): void {
    this.cdkDialog.open<boolean>(ConfirmComponent).closed.subscribe((answer) => this.apply(answer === true));
    this.matDialog.open(ConfirmComponent).beforeClosed().subscribe(() => this.apply(false));
    this.dynamicRef.onClose.subscribe(() => this.apply(false));
  }

  private apply(answer: boolean): void {
    console.log(answer);
  }
}
