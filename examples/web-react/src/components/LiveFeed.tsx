import { useEffect, useState } from 'react';
import type { Incident, StatusReport } from '../../../shared/status';

/** Status changes pushed by the server over a WebSocket, newest first. */
export function LiveFeed({ url }: { url: string }) {
  const [events, setEvents] = useState<StatusReport[]>([]);
  useEffect(() => {
    // leak (listener-cleanup, auto): the socket is never closed; each remount (and each `url`
    // change) opens one more connection that keeps pushing into a dead component.
    const socket = new WebSocket(url);
    socket.onmessage = (message) => {
      const report = JSON.parse(String(message.data)) as StatusReport;
      setEvents((previous) => [report, ...previous].slice(0, 50));
    };
  }, [url]);

  return (
    <ol className="live-feed">
      {events.map((event) => (
        <li key={`${event.upstream}-${event.checkedAt}`}>
          {event.checkedAt} {event.upstream} is {event.health}
        </li>
      ))}
    </ol>
  );
}

/** The newest incident, announced through server-sent events. */
export function IncidentTicker() {
  const [latest, setLatest] = useState<Incident | null>(null);
  useEffect(() => {
    // leak (listener-cleanup, auto): EventSource reconnects for ever; without close() the stream
    // outlives the ticker.
    const source = new EventSource('/api/incidents/stream');
    // safe: a listener on the EventSource created just above and stored nowhere else.
    source.addEventListener('incident', (event) => setLatest(JSON.parse(event.data) as Incident));
  }, []);
  return latest ? <p className="ticker">{latest.title}</p> : null;
}
