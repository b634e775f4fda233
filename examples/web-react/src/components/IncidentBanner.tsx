import { useEffect, useState } from 'react';
import type { Incident } from '../../../shared/status';

function markSeen(incidentId: string): void {
  localStorage.setItem(`incident-seen:${incidentId}`, new Date().toISOString());
}

/** A sticky banner for an open incident. Escape closes it. */
export function IncidentBanner({ incident, onClose }: { incident: Incident; onClose: () => void }) {
  const [stuck, setStuck] = useState(false);

  useEffect(() => {
    // leak (listener-cleanup, auto): the cleanup removes a different arrow function (same code,
    // new object), so this scroll handler is never removed.
    window.addEventListener('scroll', () => setStuck(window.scrollY > 80), { passive: true });
    return () => window.removeEventListener('scroll', () => setStuck(window.scrollY > 80));
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    // leak (listener-cleanup, auto): added for the capture phase but removed without `true`,
    // so the removal matches nothing and the handler stays.
    document.addEventListener('keydown', onKeyDown, true);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  useEffect(() => {
    // leak (listener-cleanup, auto): `{ once: true }` only ends the listener if the event fires;
    // close the banner before the tab is ever hidden and it stays registered.
    document.addEventListener('visibilitychange', () => markSeen(incident.id), { once: true });
  }, [incident.id]);

  return (
    <div className={stuck ? 'incident-banner stuck' : 'incident-banner'} role="alert">
      {incident.title}
      <button onClick={onClose}>Acknowledge</button>
    </div>
  );
}
