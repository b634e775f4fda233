import { useEffect } from 'react';

// The notice arrives with one render and is cleared by the next: the toast must still show.
export function NoticeToast({ notice, toast }: { notice: string | null; toast: (text: string) => void }) {
  useEffect(() => {
    if (notice) setTimeout(() => toast(notice), 0);
  }, [notice]);

  return null;
}

export function WelcomeToast({ toast }: { toast: (text: string) => void }) {
  useEffect(() => {
    setTimeout(() => toast('welcome'), 200);
  }, []);

  return null;
}
