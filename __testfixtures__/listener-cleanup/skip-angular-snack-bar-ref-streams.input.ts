import { Component, OnInit } from '@angular/core';
import { MatSnackBar, MatSnackBarRef, TextOnlySnackBar } from '@angular/material/snack-bar';

// A snack bar reference completes `afterDismissed()` and `onAction()` when the snack bar goes,
// also when it is reached through an optional chain: no finding.
@Component({ selector: 'app-sync-status', template: '' })
export class SyncStatusComponent implements OnInit {
  private notice: MatSnackBarRef<TextOnlySnackBar> | undefined;

  constructor(private readonly snackBar: MatSnackBar) {}

  ngOnInit(): void {
    this.notice = this.snackBar.open('Sync paused', 'Resume');
    this.notice?.afterDismissed().subscribe(() => (this.notice = undefined));
    this.notice?.onAction().subscribe(() => this.resume());
  }

  private resume(): void {
    console.log('resumed');
  }
}
