import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { describeServiceWorkerModule, findServiceWorkerEvent } from './service-worker-event';

const workerModule = (code: string, language: 'ts' | 'js' = 'ts') => describeServiceWorkerModule(parseSnippet(code, language).call('fetch'));

describe('describeServiceWorkerModule', () => {
  it("reads a service worker's listeners, scope members and types anywhere in the file", () => {
    expect(workerModule("function precache() { return fetch('/a'); }\nself.addEventListener('install', (e) => e.waitUntil(precache()));", 'js')).toBe('it listens for the `install` event');
    expect(workerModule("addEventListener('fetch', (e) => e.respondWith(fetch(e.request.url, { mode: 'cors' })));", 'js')).toBe('it listens for the `fetch` event');
    expect(workerModule("const show = (t) => self.registration.showNotification(t);\nexport const load = (u) => fetch(u);", 'js')).toBe('it uses `self.registration`');
    expect(workerModule("self.onpush = () => {};\nexport const load = (u) => fetch(u);", 'js')).toBe('it sets `self.onpush`');
    expect(workerModule("export async function cacheRoot() { await fetch('/'); }\nexport function handleFetch(event: FetchEvent) {}")).toBe('it names the type `FetchEvent`');
    expect(workerModule("declare const self: ServiceWorkerGlobalScope;\nexport const load = (u: string) => fetch(u);")).toBe('it names the type `ServiceWorkerGlobalScope`');
  });

  it('is null for a page, a dedicated worker, or a local `self`', () => {
    expect(workerModule("window.addEventListener('message', () => fetch('/a'));\nnavigator.serviceWorker.register('/sw.js');", 'js')).toBeNull();
    expect(workerModule("self.onmessage = async (e) => { self.postMessage(await (await fetch(e.data)).text()); };", 'js')).toBeNull();
    expect(workerModule("const self = this;\nself.registration = 1;\nexport const load = (u) => fetch(u);", 'js')).toBeNull();
    expect(workerModule("interface FetchEvent { url: string }\nexport const load = (e: FetchEvent) => fetch(e.url);")).toBeNull();
  });

  it('is separate from the lexical event that makes the fix a suggestion', () => {
    const s = parseSnippet("function precache() { return fetch('/a'); }\nself.addEventListener('install', (e) => e.waitUntil(fetch('/b')));", 'js');
    expect(findServiceWorkerEvent(s.call('fetch', 0))).toBeNull();
    expect(findServiceWorkerEvent(s.call('fetch', 1))).toBe('waitUntil');
  });
});
