import { useEffect, useRef } from 'react';

// The effect sets the guard it schedules the call behind: a cleanup that cancelled the call
// would drop it for good (the re-run finds the guard set), so these are report-only.
export function Greeter({ ready, greet }: { ready: boolean; greet: () => void }) {
  const greeted = useRef(false);
  useEffect(() => {
    if (ready && !greeted.current) {
      setTimeout(greet, 10);
      greeted.current = true;
    }
  }, [ready, greet]);
  return null;
}

export function SavedFlash({ saving, flash }: { saving: boolean; flash: (on: boolean) => void }) {
  const wasSaving = useRef(saving);
  useEffect(() => {
    if (wasSaving.current && !saving) {
      flash(true);
      setTimeout(() => flash(false), 600);
    }
    wasSaving.current = saving;
  }, [saving, flash]);
  return null;
}

export function DraftResume({ draftKey, send }: { draftKey: string; send: (text: string) => void }) {
  const resumed = useRef(false);
  useEffect(() => {
    if (resumed.current) return;
    resumed.current = true;
    const text = localStorage.getItem(draftKey);
    if (text) setTimeout(() => send(text), 50);
  }, []);
  return null;
}

// The kept handle is the guard: a cleanup that only cleared it would leave the stale handle set.
export function AutoSave({ text, save }: { text: string; save: (value: string) => void }) {
  const pendingSave = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (!pendingSave.current) {
      pendingSave.current = setTimeout(() => {
        pendingSave.current = null;
        save(text);
      }, 500);
    }
  }, [text, save]);
  return null;
}
