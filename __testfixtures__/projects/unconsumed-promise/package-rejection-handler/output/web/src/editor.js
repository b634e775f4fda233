async function saveNote(note) {
  await window.db.put(note);
}

export function onChange(note) {
  void saveNote(note).catch((error) => console.error(error));
}
