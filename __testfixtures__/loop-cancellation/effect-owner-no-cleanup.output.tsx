import { useEffect, useState } from 'react';
import { setTimeout as sleep } from 'node:timers/promises';

async function pollStatus(jobId: string, onStatus: (status: string) => void, signal?: AbortSignal): Promise<void> {
  while (!signal?.aborted) {
    onStatus(`checked ${jobId}`);
    await sleep(2_000, undefined, { signal }).catch(() => {});
  }
}

export function JobStatus({ jobId }: { jobId: string }) {
  const [status, setStatus] = useState('pending');
  useEffect(() => {
    const controller = new AbortController();
    void pollStatus(jobId, setStatus, controller.signal);
    return () => {
      controller.abort();
    };
  }, [jobId]);
  return <p>{status}</p>;
}
