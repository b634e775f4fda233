import { HttpClient, HttpHeaders } from '@angular/common/http';

/** Every API service extends this: it keeps the HttpClient the service was injected. */
export class ServiceHelpers {
  protected headers = new HttpHeaders().set('Content-Type', 'application/json');

  constructor(protected http: HttpClient, protected url: string) {}
}
