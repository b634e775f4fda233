import { onMounted, shallowRef } from 'vue';

export function useDraftStore(buttons: Map<string, HTMLButtonElement>) {
  const database = shallowRef<IDBDatabase | null>(null);

  function openDatabase(): Promise<IDBDatabase> {
    return new Promise((resolve, reject) => {
      // One open request: it fires success or error once and goes away with its listeners.
      const request = indexedDB.open('drafts', 2);
      request.addEventListener('upgradeneeded', () => {
        request.result.createObjectStore('notes');
      });
      request.addEventListener('success', () => resolve(request.result));
      request.addEventListener('error', () => reject(request.error));
    });
  }

  function readDraft(db: IDBDatabase, id: string): Promise<string | undefined> {
    return new Promise((resolve, reject) => {
      const transaction = db.transaction('notes', 'readonly');
      const notes = transaction.objectStore('notes');
      const request = notes.get(id);
      request.addEventListener('success', () => resolve(request.result as string | undefined));
      request.addEventListener('error', () => reject(request.error));
      transaction.addEventListener('abort', () => reject(transaction.error));
    });
  }

  function saveDraft(db: IDBDatabase, id: string, text: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const transaction = db.transaction('notes', 'readwrite');
      transaction.objectStore('notes').put(text, id);
      transaction.addEventListener('complete', () => resolve());
      transaction.addEventListener('error', () => reject(transaction.error));
    });
  }

  onMounted(async () => {
    const db = await openDatabase();
    database.value = db;
    // Still leaks: the database lives on after the component, and so does this listener.
    db.addEventListener('versionchange', () => {
      database.value = null;
    });
    // Still leaks: `get` of a Map is no IndexedDB request; the button outlives the component.
    const save = buttons.get('save');
    save?.addEventListener('click', () => {
      void saveDraft(db, 'current', '');
    });
    await readDraft(db, 'current');
  });

  return { database };
}
