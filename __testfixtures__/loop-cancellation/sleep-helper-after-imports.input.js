// Polls the dashboard's two feeds while the page is open.
import { render } from './render.js';
import { renderAlerts } from './alerts.js';

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function pollFeed(url) {
    while (true) {
        const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
        render(await res.json());
        await wait(2000);
    }
}

async function pollAlerts(url) {
    while (true) {
        const res = await fetch(url, { signal: AbortSignal.timeout(5000) });
        renderAlerts(await res.json());
        await wait(10000);
    }
}

export function startDashboard(options = {}) {
    void pollFeed('/api/feed').catch(console.error);
    void pollAlerts('/api/alerts').catch(console.error);
    return options;
}
