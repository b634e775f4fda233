async function saveNote(note) {
  await window.db.put(note);
}

export function onChange(note) {
  void saveNote(note).catch((error) => {
    if (error?.name !== 'AbortError') console.error(error);
  });
}
