import { Component, Injectable, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';

@Injectable({ providedIn: 'root' })
export class TripService {
  private readonly http = inject(HttpClient);

  book(city: string) {
    return this.http.post<void>('/trips', { city });
  }

  cancel(city: string) {
    return this.http.delete<void>(`/trips/${city}`);
  }
}

// A local arrow that returns only requests (of the service, or of its own client) is called
// and subscribed to: the request completes. No finding.
@Component({ selector: 'app-trip-planner', template: '' })
export class TripPlannerComponent {
  private readonly trips = inject(TripService);
  booked = false;

  toggle(city: string, book: boolean): void {
    const send = (name: string) => {
      if (book) return this.trips.book(name);
      return this.trips.cancel(name);
    };
    send(city).subscribe(() => (this.booked = book));
    const bookOnly = (name: string) => this.trips.book(name);
    bookOnly(city).subscribe(() => (this.booked = true));
  }
}
