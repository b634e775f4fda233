import { Component, OnInit } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { map, repeat } from 'rxjs/operators';

// The app augments HttpClient (in another file) with methods that return a configured client:
// `declare module '@angular/common/http' { interface HttpClient { withoutPrefix(): HttpClient } }`.

@Component({ selector: 'app-build-info', template: '' })
export class BuildInfoComponent implements OnInit {
  version = '';
  commit = '';
  health = '';

  constructor(private http: HttpClient) {}

  ngOnInit(): void {
    // Requests of a configured client: each completes after its response, no finding.
    this.http
      .withoutPrefix()
      .get<{ version: string }>('/actuator/info')
      .subscribe((info: { version: string }) => (this.version = info.version));
    this.http
      .cached(true)
      .withoutPrefix()
      .get<{ sha: string }>('/build')
      .pipe(map((build: { sha: string }) => build.sha))
      .subscribe((sha: string) => (this.commit = sha));
    // Polled again and again: it never completes, still a finding.
    this.http
      .withoutPrefix()
      .get<string>('/health')
      .pipe(repeat({ delay: 5000 }))
      .subscribe((state: string) => (this.health = state));
  }
}
