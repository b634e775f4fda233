import type { MessagePortMain } from 'electron';

// Low: the wait settles on the port's 'close' as well as on its answer, and a port closes when the
// other end goes away: it hangs only if the other end stays open and never answers.
export function waitForOffer(port: MessagePortMain): Promise<string | null> {
  const offer = new Promise<string | null>((resolve) => {
    port.once('message', (event) => {
      resolve(typeof event.data === 'string' ? event.data : null);
    });
    port.once('close', () => {
      resolve(null);
    });
  });
  port.start();
  return offer;
}

// High: only the answer settles it; a 'close' of another port says nothing about this one.
export function waitForAnswer(port: MessagePortMain, control: MessagePortMain): Promise<string | null> {
  return new Promise<string | null>((resolve) => {
    port.once('message', (event) => {
      resolve(typeof event.data === 'string' ? event.data : null);
    });
    control.once('close', () => {
      console.log('control closed');
    });
  });
}
