import { Component, Injectable, OnInit, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { BehaviorSubject, interval, Observable } from 'rxjs';
import { mergeMap, switchMap } from 'rxjs/operators';

@Injectable({ providedIn: 'root' })
export class QueueService {
  private readonly http = inject(HttpClient);
  readonly depth$ = new BehaviorSubject<number>(0);

  // A request projected onto a lasting stream: it never completes.
  watchDepth(queue: string) {
    return this.http.post<void>(`/queues/${queue}/watch`, {}).pipe(switchMap(() => this.depth$));
  }

  // A request projected onto a poll: it never completes.
  poll(queue: string) {
    return this.http.get<number>(`/queues/${queue}`).pipe(mergeMap(() => interval(5000)));
  }

  // A projection passed in: what it returns is not known here.
  follow(queue: string, next: (depth: number) => Observable<number>) {
    return this.http.get<number>(`/queues/${queue}`).pipe(switchMap(next));
  }
}

@Component({ selector: 'app-queue-monitor', template: '' })
export class QueueMonitorComponent implements OnInit {
  private readonly queues = inject(QueueService);
  queue = 'mail';
  depth = 0;

  ngOnInit(): void {
    this.queues.watchDepth(this.queue).subscribe(() => (this.depth += 1));
    this.queues.poll(this.queue).subscribe(() => (this.depth += 1));
    this.queues.follow(this.queue, () => this.queues.depth$).subscribe((depth: number) => (this.depth = depth));
  }
}
