async function writeDraft(storage, id, text) {
  await storage.put(id, text);
}

// Not a test: a dropped write in app code gets its rejection handler.
export function onDraftChange(storage, id, text) {
  writeDraft(storage, id, text);
}

// Test cases kept beside the code; the runner hands each one its `assert`.
export function tests() {
  const storage = { put: async () => {}, values: new Map() };
  return {
    'writes a draft': async (assert) => {
      writeDraft(storage, 'a', 'text');
      assert.equal(storage.values.size, 0);
    },
    'writes in a synchronous test': (assert) => {
      writeDraft(storage, 'b', 'text');
      assert.ok(storage);
    },
  };
}
