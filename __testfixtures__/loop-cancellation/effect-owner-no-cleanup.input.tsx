import { useEffect, useState } from 'react';
import { setTimeout as sleep } from 'node:timers/promises';

async function pollStatus(jobId: string, onStatus: (status: string) => void): Promise<void> {
  while (true) {
    onStatus(`checked ${jobId}`);
    await sleep(2_000);
  }
}

export function JobStatus({ jobId }: { jobId: string }) {
  const [status, setStatus] = useState('pending');
  useEffect(() => {
    void pollStatus(jobId, setStatus);
  }, [jobId]);
  return <p>{status}</p>;
}
