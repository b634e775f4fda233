import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';

interface Tab {
  titleChange$: Observable<string>;
}

declare const config: { ready$: Observable<boolean>; changed$: Observable<void> };
declare const app: { tabOpened$: Observable<Tab> };

// A root-provided service lives as long as the application: what its constructor sets up once —
// in the `.then` of the config's readiness, through a local function it calls there, or in a
// private method it runs once — is process lifetime by intent. A subscription made on every
// opened tab is not set up once: it is still a finding.
@Injectable({ providedIn: 'root' })
export class HotkeysService {
  private title = '';

  constructor() {
    config.ready$.toPromise().then(() => {
      const registerEvent = (eventType: 'keydown' | 'keyup') => {
        document.addEventListener(eventType, (event) => this.push(event));
      };
      registerEvent('keydown');
      registerEvent('keyup');
      config.changed$.subscribe(() => this.reload());
    });
    setTimeout(() => this.init());
    app.tabOpened$.subscribe((tab: Tab) => {
      tab.titleChange$.subscribe((title: string) => (this.title = title));
    });
  }

  private init(): void {
    window.addEventListener('focus', () => this.reload());
  }

  private push(event: KeyboardEvent): void {
    this.title = event.key;
  }

  private reload(): void {
    this.title = '';
  }
}
