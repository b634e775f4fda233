// A singleton observable made lazily: the resize listener is added once, the first time.
type Observable<T> = { set(value: T): void; get(): T };
declare function createObservable<T>(value: T): Observable<T>;

let _isNarrowScreenObs: Observable<boolean> | undefined;

export function isNarrowScreenObs(): Observable<boolean> {
  if (!_isNarrowScreenObs) {
    const obs = createObservable(window.innerWidth < 768);
    window.addEventListener('resize', () => obs.set(window.innerWidth < 768));
    _isNarrowScreenObs = obs;
  }
  return _isNarrowScreenObs;
}

// The real leak next to it: a new observable and a new listener at every call.
export function isWideScreenObs(): Observable<boolean> {
  const obs = createObservable(window.innerWidth > 1440);
  window.addEventListener('resize', () => obs.set(window.innerWidth > 1440));
  return obs;
}
