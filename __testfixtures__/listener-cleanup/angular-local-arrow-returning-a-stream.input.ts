import { Component, Injectable, OnInit, inject } from '@angular/core';
import { HttpClient } from '@angular/common/http';
import { BehaviorSubject } from 'rxjs';

@Injectable({ providedIn: 'root' })
export class WeatherService {
  private readonly http = inject(HttpClient);
  readonly alerts$ = new BehaviorSubject<string[]>([]);

  forecast(city: string) {
    return this.http.get<string>(`/forecast/${city}`);
  }
}

// A local arrow that may return the service's lasting stream: the subscription can outlive the
// component. Still a finding (fixed).
@Component({ selector: 'app-weather-panel', template: '' })
export class WeatherPanelComponent implements OnInit {
  private readonly weather = inject(WeatherService);
  city = 'Oslo';
  latest: unknown = null;

  ngOnInit(): void {
    const source = (withAlerts: boolean) => {
      if (withAlerts) return this.weather.alerts$;
      return this.weather.forecast(this.city);
    };
    source(true).subscribe((value: unknown) => (this.latest = value));
  }
}
