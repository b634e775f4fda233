declare function nextEvent(target: EventTarget, type: string): Promise<Event>;
declare function loadSheet(): Promise<void>;
declare function expect(value: unknown): { toBe(expected: unknown): void };

// The test watches these promises (it asserts on what their callbacks record): awaiting them
// before the events are dispatched would never end. Report-only, low.
it('counts the fade before the close', async () => {
  const sheet = new EventTarget();
  let closed = false;
  let fades = 0;
  nextEvent(sheet, 'closed').then(() => (closed = true));
  nextEvent(sheet, 'fade').then(() => {
    fades++;
  });
  sheet.dispatchEvent(new Event('fade'));
  await Promise.resolve();
  expect(closed).toBe(false);
  sheet.dispatchEvent(new Event('closed'));
  await Promise.resolve();
  expect(fades).toBe(1);
});

// Still the `await` suggestion: nothing reads the count afterwards, or the callback does more.
it('loads the sheet again', async () => {
  let loads = 0;
  await loadSheet();
  loads++;
  expect(loads).toBe(1);
  loadSheet().then(() => loads++);
  loadSheet().then((sheet) => expect(sheet).toBe(undefined));
});

export {};
