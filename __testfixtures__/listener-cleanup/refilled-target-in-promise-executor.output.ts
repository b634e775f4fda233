import electron from 'electron';
import { EventEmitter } from 'node:events';

const bus = new EventEmitter();
let utilityProcess: any;

// The executor of `new Promise` runs inside the call, right after `utilityProcess = fork(…)`: its
// listener is on the process this call made, as one written directly in the function is (medium).
async function createUtilityProcess() {
  if (utilityProcess) return;
  utilityProcess = electron.utilityProcess.fork('util.js');

  utilityProcess.on('exit', async (code: number) => {
    if (code) {
      utilityProcess = null;
      await createUtilityProcess();
    }
  });

  utilityProcess.on('message', (msg: any) => {
    if (msg.type === 'openExternal') console.log(msg.url);
  });

  utilityProcess.postMessage({ type: 'init' });
  return new Promise<void>((resolve) => {
    utilityProcess.on('message', (msg: any) => {
      if (msg.type === 'ready') resolve();
    });
  });
}

createUtilityProcess();

// Nothing fills the module's bus in the call: each wait adds one more listener to it (high).
export function waitForStop(): Promise<void> {
  return new Promise<void>((resolve) => {
    bus.on('stop', () => resolve());
  });
}

// A fill only while the variable is unset makes one image for every call: each call's wait adds one
// more listener to that same image (high).
let preview: HTMLImageElement;

export function showPreview(src: string): Promise<void> {
  if (!preview) {
    preview = new Image();
  }
  preview.src = src;
  return new Promise<void>((resolve) => {
    preview.addEventListener('load', () => resolve());
  });
}
