import { useEffect, useState } from 'react';
declare function captureException(error: unknown): void;
declare function getJSON(url: string, init: { signal: AbortSignal }): Promise<unknown>;

// The request's `.catch` reports every error: aborting the controller in the cleanup would
// report an AbortError at each unmount during the request, so the cleanup is a suggestion.
export function Threads({ projectId }: { projectId: string }) {
  const [threads, setThreads] = useState<unknown>(null);
  useEffect(() => {
    const abortController = new AbortController();
    getJSON(`/project/${projectId}/threads`, { signal: abortController.signal })
      .then((data) => setThreads(data))
      .catch((error: unknown) => {
        captureException(error);
      });
  }, [projectId]);
  return <div>{String(threads)}</div>;
}

// Its handler tells an abort apart: the cleanup stays automatic.
export function Comments({ projectId }: { projectId: string }) {
  const [comments, setComments] = useState<unknown>(null);
  useEffect(() => {
    const controller = new AbortController();
    getJSON(`/project/${projectId}/comments`, { signal: controller.signal })
      .then((data) => setComments(data))
      .catch((error: unknown) => {
        if ((error as Error | undefined)?.name !== 'AbortError') captureException(error);
      });
  }, [projectId]);
  return <div>{String(comments)}</div>;
}
