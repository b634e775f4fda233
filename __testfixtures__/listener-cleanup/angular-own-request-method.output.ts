import { Component, OnInit, OnDestroy } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Observable, of, Subject } from 'rxjs';
import { map } from 'rxjs/operators';

@Component({ selector: 'app-inbox', template: '' })
export class InboxComponent implements OnInit, OnDestroy {
  private readonly arrivals = new Subject<string>();
  unread = 0;
  latest = '';
  private subscription?: { unsubscribe: () => void };
  private subscription2?: { unsubscribe: () => void };

  constructor(private http: HttpClient, private outside: Subject<number>) {}

  ngOnInit(): void {
    // The class's own request methods: each completes after its response, no finding.
    this.countUnread().subscribe((count: number) => (this.unread = count));
    this.markAllRead('inbox').subscribe();
    // Every return completes at once: no finding.
    this.signOut().subscribe();
    // The class's own method returning a stream handed to it: still a finding.
    this.subscription = this.watchOutside().subscribe((n: number) => (this.unread = n));
    this.subscription2 = this.peek(true).subscribe((n: number) => (this.unread = n));
  }

  ngOnDestroy(): void {
    this.subscription?.unsubscribe();
    this.subscription2?.unsubscribe();
  }

  countUnread() {
    return this.http.get<{ total: number }>('/api/unread').pipe(map((body: { total: number }) => body.total));
  }

  markAllRead(folder: string) {
    if (!folder) {
      return this.http.post('/api/read', {});
    }
    return this.http.post(`/api/folders/${folder}/read`, {});
  }

  signOut(): Observable<boolean> {
    this.latest = '';
    return of(true);
  }

  peek(cached: boolean) {
    if (cached) {
      return of(this.unread);
    }
    return this.outside.asObservable();
  }

  watchOutside() {
    return this.outside.asObservable();
  }
}
