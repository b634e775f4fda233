declare function startFixtureServer(): Promise<{ stop(): Promise<void> }>;
declare function wipeFixtureData(): Promise<void>;
declare function expect(value: unknown): { toBe(expected: unknown): void };

const serverReady = startFixtureServer();

// A callback-style hook is a test body all the same: done() is called only from the chain's last
// `.then` callback, so a rejection skips it and the hook fails on its own timeout. Report-only, low.
after((done) => {
  serverReady
    .then((server) => server.stop())
    .then(() => {
      done();
    });
});

afterEach(function (done) {
  wipeFixtureData().then(() => done());
});

// Still medium: the hook calls done() before the chain settles, so a rejection comes after it
// and is lost.
beforeEach((done) => {
  wipeFixtureData().then(() => expect(1).toBe(1));
  done();
});

it('reads the fixture data', async () => {
  expect(await serverReady).toBe(await serverReady);
});

export {};
