// Polls the dashboard's two feeds while the page is open.
import { render } from './render.js';
import { renderAlerts } from './alerts.js';

/** Waits `ms`, or less when `signal` aborts (resolves either way). */
function abortableSleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted) {
            resolve();
            return;
        }
        const done = new AbortController();
        const timer = setTimeout(() => done.abort(), ms);
        done.signal.addEventListener('abort', () => {
            clearTimeout(timer);
            resolve();
        });
        signal?.addEventListener('abort', () => done.abort(), {
            signal: done.signal,
        });
    });
}

async function pollFeed(url, signal) {
    while (!signal?.aborted) {
        const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
        render(await res.json());
        await abortableSleep(2000, signal);
    }
}

async function pollAlerts(url, signal) {
    while (!signal?.aborted) {
        const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
        renderAlerts(await res.json());
        await abortableSleep(10000, signal);
    }
}

export function startDashboard(options = {}) {
    void pollFeed('/api/feed').catch(console.error);
    void pollAlerts('/api/alerts').catch(console.error);
    return options;
}
