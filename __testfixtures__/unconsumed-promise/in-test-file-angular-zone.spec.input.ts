import { fakeAsync, flush, waitForAsync as inZone } from '@angular/core/testing';

async function settleView(panel: { ready: boolean }): Promise<void> {
  panel.ready = true;
}

describe('panel', () => {
  const panel = { ready: false };

  // The test zone waits for the promise and fails the test on its rejection: no finding
  it('gets ready', inZone(() => {
    settleView(panel).then(() => {
      expect(panel.ready).toBe(true);
    });
  }));

  it('gets ready on a fake clock', fakeAsync(() => {
    settleView(panel);
    flush();
    expect(panel.ready).toBe(true);
  }));

  // Outside the wrapper nothing waits: still reported
  it('gets ready without a zone', () => {
    settleView(panel).then(() => {
      expect(panel.ready).toBe(true);
    });
  });
});
