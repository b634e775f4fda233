async function saveNote(note) {
  await window.db.put(note);
}

export function onChange(note) {
  saveNote(note);
}
