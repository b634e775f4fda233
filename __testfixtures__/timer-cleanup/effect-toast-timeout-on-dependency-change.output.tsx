import { useEffect } from 'react';

// The notice arrives with one render and is cleared by the next: the toast must still show.
export function NoticeToast({ notice, toast }: { notice: string | null; toast: (text: string) => void }) {
  useEffect(() => {
    let timeoutId: ReturnType<typeof setTimeout> | undefined;
    if (notice) timeoutId = setTimeout(() => toast(notice), 0);
    return () => {
      clearTimeout(timeoutId);
    };
  }, [notice]);

  return null;
}

export function WelcomeToast({ toast }: { toast: (text: string) => void }) {
  useEffect(() => {
    const timeoutId = setTimeout(() => toast('welcome'), 200);
    return () => {
      clearTimeout(timeoutId);
    };
  }, []);

  return null;
}
