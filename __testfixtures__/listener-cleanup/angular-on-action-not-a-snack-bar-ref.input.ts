import { Component, OnInit } from '@angular/core';
import { ToastCenter } from './toast-center';

// `onAction()` of something not declared as a MatSnackBarRef (an app's own toast centre that
// lives as long as the app): still a finding.
@Component({ selector: 'app-sync-banner', template: '' })
export class SyncBannerComponent implements OnInit {
  constructor(private readonly toasts: ToastCenter) {}

  ngOnInit(): void {
    this.toasts.onAction().subscribe(() => this.resume());
  }

  private resume(): void {
    console.log('resumed');
  }
}
