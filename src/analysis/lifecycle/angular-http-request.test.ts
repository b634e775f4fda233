import { describe, expect, it } from 'vitest';
import { parseSource } from '../../engine/parse';
import { getLanguage } from '../../core/language';
import { findHttpRequestMethodsByClass } from './angular-http-request';

function methodsOf(text: string): Record<string, string[]> {
  const program = parseSource(text, getLanguage('service.ts')!).program;
  return Object.fromEntries([...findHttpRequestMethodsByClass(program)].map(([name, methods]) => [name, [...methods].sort()]));
}

describe('findHttpRequestMethodsByClass', () => {
  it('finds the methods whose every return is a request of the injected HttpClient', () => {
    const text = `
      export class SeriesService {
        private cached?: string[];
        readonly changes = new Subject<number>();
        constructor(private readonly httpClient: HttpClient, private other: Other) {}
        get(id: number) { return this.httpClient.get<Series>('/api/' + id); }
        names() {
          if (this.cached) return of(this.cached);
          return this.httpClient.get<string[]>('/api').pipe(map((all) => all), tap((all) => (this.cached = all)), takeUntilDestroyed(this.ref));
        }
        remove = (id: number) => this.httpClient.delete('/api/' + id);
        byOther() { return this.other.get('/api'); }
        watch() { return this.changes.asObservable(); }
        polled() { return this.httpClient.get('/api').pipe(repeat({ delay: 1000 })); }
        mixed(flag: boolean) { if (flag) return this.changes; return this.httpClient.get('/api'); }
        cachedOnly() { return of(this.cached); }
        nested() { const f = () => this.httpClient.get('/api'); return this.changes; }
        static make() { return new SeriesService(null!, null!); }
      }
      export default class Other {
        http = inject(HttpClient);
        get(url: string) { return this.http.get(url); }
      }
      class NotHttp {
        constructor(private http: Fetcher) {}
        get(url: string) { return this.http.get(url); }
      }
    `;
    expect(methodsOf(text)).toEqual({
      SeriesService: ['cachedOnly', 'get', 'names', 'remove'],
      Other: ['get'],
      default: ['get'],
      NotHttp: [],
    });
  });

  it('adds the methods returning another request method, and those a base class of the file passes on', () => {
    const text = `
      export abstract class BaseService<T> {
        protected http: HttpClient;
        constructor() { this.http = inject(HttpClient); }
        list(page: number) { return this.http.get<T[]>('/api?page=' + page); }
        first() { return this.list(1).pipe(map((all) => all[0])); }
        remove(id: number) { return this.http.delete('/api/' + id); }
        live() { return this.changes; }
      }
      export class TagService extends BaseService<Tag> {
        byName(name: string) { return this.list(0).pipe(map((all) => all.filter((tag) => tag.name === name))); }
        // Declared again, not as a request: no longer one.
        remove(id: number) { return this.queue.add(id); }
        polled() { return this.first().pipe(repeat({ delay: 1000 })); }
      }
    `;
    expect(methodsOf(text)).toEqual({
      BaseService: ['first', 'list', 'remove'],
      TagService: ['byName', 'first', 'list'],
    });
  });

  it('sees requests of the HttpClient a base class declares, unless the class declares that member again', () => {
    const text = `
      export class ServiceHelpers {
        protected headers = new HttpHeaders();
        constructor(protected http: HttpClient, protected url: string) {}
      }
      export class Middle extends ServiceHelpers {}
      export class TagService extends Middle {
        constructor(http: HttpClient) { super(http, '/api/tags/'); }
        list() { return this.http.get<Tag[]>(this.url, { headers: this.headers }); }
        remove(id: number) { return this.http.delete(this.url + id).pipe(map(() => true)); }
        headersOnly() { return this.headers.get('x'); }
      }
      export class LegacyService extends ServiceHelpers {
        protected http: LegacyClient;
        constructor(http: HttpClient, legacy: LegacyClient) { super(http, '/api/'); this.http = legacy; }
        list() { return this.http.get(this.url); }
      }
      export class Renamed extends ServiceHelpers {
        constructor(http: HttpClient) { super(http, '/api/'); this.http = makeClient(); }
        list() { return this.http.get(this.url); }
      }
    `;
    expect(methodsOf(text)).toEqual({
      ServiceHelpers: [],
      Middle: [],
      TagService: ['list', 'remove'],
      LegacyService: [],
      Renamed: [],
    });
  });

  it('sees requests of a client configured first by a project augmentation of HttpClient', () => {
    const text = `
      export class AccountService {
        constructor(private http: HttpClient, private store: Store) {}
        token(body: string) { return this.http.skipPrefix().post('/token', body).pipe(map((t) => t)); }
        profile() { return this.http.cache(true).withRetry().get('/me'); }
        notRequest() { return this.http.cache().stream$; }
        other() { return this.store.cache().get('/me'); }
        twice() { return this.http.get('/a').get('/b'); }
      }
    `;
    expect(methodsOf(text)).toEqual({ AccountService: ['profile', 'token'] });
  });

  it('sees a request through a flattening operator whose arrow projection returns only completing observables', () => {
    const text = `
      export class LinkService {
        private readonly http = inject(HttpClient);
        private readonly router = inject(Router);
        private readonly changes = new Subject<number>();
        constructor(private other: Other) {}
        encode(body: string) { return this.http.post<string>('/encode', body); }
        open(body: string) { return this.encode(body).pipe(switchMap((code) => this.router.navigateByUrl('/x?' + code))); }
        chain(id: number) { return this.http.get('/a').pipe(mergeMap(() => this.http.get('/b/' + id)), map((b) => b)); }
        maybe(id: number) { return this.http.get('/a').pipe(concatMap((a) => { if (!a) return of(null); return this.encode('a'); })); }
        lasting() { return this.http.get('/a').pipe(switchMap(() => this.changes)); }
        polled() { return this.http.get('/a').pipe(switchMap(() => interval(1000))); }
        passed(next: () => Observable<number>) { return this.http.get('/a').pipe(switchMap(next)); }
        notRouter() { return this.http.get('/a').pipe(switchMap(() => this.other.navigate(['/x']))); }
        bare() { return this.http.get('/a').pipe(exhaustMap(() => { return; })); }
      }
    `;
    expect(methodsOf(text)).toEqual({ LinkService: ['chain', 'encode', 'maybe', 'open'] });
  });
});
