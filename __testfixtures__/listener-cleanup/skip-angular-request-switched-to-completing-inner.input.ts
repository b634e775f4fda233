import { Component, Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { Router } from '@angular/router';
import { of } from 'rxjs';
import { concatMap, map, switchMap } from 'rxjs/operators';

interface Draft {
  id: number;
  title: string;
}

@Injectable({ providedIn: 'root' })
export class DraftService {
  private readonly http = inject(HttpClient);
  private readonly router = inject(Router);

  shortLink(draft: Draft) {
    return this.http.post<string>('/drafts/link', draft);
  }

  // A request projected onto a navigation (a promise: it settles once).
  openShared(draft: Draft) {
    return this.shortLink(draft).pipe(switchMap((code) => this.router.navigateByUrl(`/shared/${code}`)));
  }

  // A request projected onto another request, or onto a value at once.
  publish(draft: Draft) {
    return this.http.put<Draft>(`/drafts/${draft.id}`, draft).pipe(
      concatMap((saved) => {
        if (!saved.title) return of(saved);
        return this.http.post<Draft>(`/drafts/${saved.id}/publish`, {}).pipe(map((published) => published));
      }),
    );
  }
}

// Each service method completes: a request whose flattening operator only projects onto
// observables that complete. No finding.
@Component({ selector: 'app-draft-actions', template: '' })
export class DraftActionsComponent {
  private readonly drafts = inject(DraftService);
  published: Draft | null = null;

  share(draft: Draft): void {
    this.drafts.openShared(draft).subscribe();
  }

  publish(draft: Draft): void {
    this.drafts.publish(draft).subscribe((published) => (this.published = published));
  }
}
