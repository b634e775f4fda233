import { Component } from '@angular/core';

// The component the app bootstraps into index.html's <app-root>: mounted once for the page's life.
@Component({
  selector: 'app-root',
  template: '<main></main>',
})
export class ShellComponent {
  constructor() {
    let resizeEndTimeout: any = null;
    window.addEventListener('resize', () => {
      document.body.classList.add('resizing');
      if (resizeEndTimeout) clearTimeout(resizeEndTimeout);
      resizeEndTimeout = setTimeout(() => document.body.classList.remove('resizing'), 100);
    });
  }
}

// The real leak next to it: a routed page, created again at every visit.
@Component({
  selector: 'app-settings',
  template: '<form></form>',
})
export class SettingsComponent {
  constructor() {
    let resizeEndTimeout: any = null;
    window.addEventListener('resize', () => {
      document.body.classList.add('resizing');
      if (resizeEndTimeout) clearTimeout(resizeEndTimeout);
      resizeEndTimeout = setTimeout(() => document.body.classList.remove('resizing'), 100);
    });
  }
}
