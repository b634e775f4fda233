async function flush(db) {
  await db.write();
}

// App code that takes an `assert` function is no test: no runner hands it its assertion
// object, so a dropped write gets its rejection handler as anywhere else.
export const migrate = (assert, db) => {
  assert(db.ready, 'db not ready');
  void flush(db).catch((error) => console.error(error));
};

export function upgrade(assert, db) {
  assert.ok(db.ready);
  void flush(db).catch((error) => console.error(error));
}

// A QUnit test body outside a test file is a test: the await suggestion.
QUnit.test('flushes', async (assert) => {
  const db = { ready: true, write: async () => {} };
  await flush(db);
  assert.ok(db.ready);
});
