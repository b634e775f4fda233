type Callback<T> = (err: Error | null, result: T | null) => void;

declare function findNotes(ownerId: string): Promise<string[]>;

// An async function of this file that takes a callback: the `await` outside its `try` rejects
// its promise, and the callback never hears of it
async function listNotes(ownerId: string, callback: Callback<string[]>): Promise<void> {
  const notes = await findNotes(ownerId);
  try {
    callback(null, notes.map((note) => note.trim()));
  } catch (err) {
    callback(err as Error, null);
  }
}

// The same with every error caught and handed to the callback: its promise cannot reject
async function listNotesSafely(ownerId: string, callback: Callback<string[]>): Promise<void> {
  try {
    callback(null, await findNotes(ownerId));
  } catch (err) {
    callback(err as Error, null);
  }
}

export function handle(ownerId: string, send: (notes: string[] | null) => void): void {
  listNotes(ownerId, (err, notes) => {
    if (err) return send(null);
    send(notes);
  });
  listNotesSafely(ownerId, (err, notes) => {
    if (err) return send(null);
    send(notes);
  });
}
