async function saveDraft(draft) {
  await fetch('/api/drafts', { method: 'POST', body: JSON.stringify(draft), signal: AbortSignal.timeout(10_000) });
}

export function SaveButton({ draft }) {
  return <button onClick={() => { saveDraft(draft); }}>Save</button>;
}
