import { StrictMode, useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Incident } from '../../shared/status';
import { trackEvent } from './api/client';
import { IncidentBanner } from './components/IncidentBanner';
import { IncidentTicker, LiveFeed } from './components/LiveFeed';
import { Logo } from './components/Logo';
import { Sparkline } from './components/Sparkline';
import { CopyLinkButton, Toast } from './components/Toast';
import { UptimeClock } from './components/UptimeClock';
import { useIncidents, useStatus } from './hooks/useApi';
import { useCrossTabAcknowledgements, useLastActivity, useOnlineStatus, usePrefersDark, useWindowSize } from './hooks/useBrowser';

async function acknowledge(incident: Incident): Promise<void> {
  const response = await fetch(`/api/incidents/${incident.id}/ack`, { method: 'POST', signal: AbortSignal.timeout(5_000) });
  if (!response.ok) throw new Error(`could not acknowledge ${incident.id}: HTTP ${response.status}`);
}

export function App() {
  const { reports, error } = useStatus();
  const incidents = useIncidents();
  const { width } = useWindowSize();
  const dark = usePrefersDark();
  const online = useOnlineStatus();
  const lastActivity = useLastActivity();
  const idle = Date.now() - lastActivity > 10 * 60_000;
  const [acknowledged, markAcknowledged] = useCrossTabAcknowledgements();
  const [toast, setToast] = useState<string | null>(null);
  const dismissToast = useCallback(() => setToast(null), []);

  function handleAcknowledge(incident: Incident) {
    // leak (unconsumed-promise, auto): if the POST fails nobody hears about it: the rejection is
    // unhandled and the banner says "acknowledged" for an incident the server never saw.
    acknowledge(incident);
    markAcknowledged(incident.id);
    trackEvent('incident-acknowledged', { id: incident.id });
    setToast(`Acknowledged "${incident.title}"`);
  }

  const open = incidents.filter((incident) => !incident.resolvedAt && !acknowledged.has(incident.id));
  return (
    <main className={['dashboard', dark && 'dark', idle && 'dimmed'].filter(Boolean).join(' ')}>
      <header>
        <Logo src="/logo.svg" />
        <UptimeClock since={new Date('2025-01-01T00:00:00Z')} />
        {!online && <span className="offline">offline</span>}
        <CopyLinkButton href={window.location.href} />
      </header>
      {open.map((incident) => (
        <IncidentBanner key={incident.id} incident={incident} onClose={() => handleAcknowledge(incident)} />
      ))}
      <IncidentTicker />
      {error && <p className="error">{error.message}</p>}
      <ul className={width < 600 ? 'reports compact' : 'reports'}>
        {reports.map((report) => (
          <li key={report.upstream}>
            {report.upstream}: {report.health}
            <Sparkline points={[report.latencyMs]} />
          </li>
        ))}
      </ul>
      <LiveFeed url="wss://status.example.com/live" />
      {toast && <Toast message={toast} onDismiss={dismissToast} />}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
