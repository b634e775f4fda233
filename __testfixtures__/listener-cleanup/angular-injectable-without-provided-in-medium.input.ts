import { Component, Injectable } from '@angular/core';

// A service with no providedIn: as long as the injector whose providers list it (an NgModule's:
// the app's life; a component's: that component's), which another file decides: medium.
@Injectable()
export class WebPlatformService {
  setErrorHandler(handler: (event: ErrorEvent) => void): void {
    window.addEventListener('error', (event) => handler(event));
  }
}

// The real leak next to it: a component, created again at every visit.
@Component({
  selector: 'app-error-banner',
  template: '<p></p>',
})
export class ErrorBannerComponent {
  setErrorHandler(handler: (event: ErrorEvent) => void): void {
    window.addEventListener('error', (event) => handler(event));
  }
}
