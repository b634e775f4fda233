import { ipcMain } from 'electron';
import type { IpcMainEvent } from 'electron';
import { randomUUID } from 'node:crypto';

// Not a finding: the channel is a const of the constructor stored as this.id, and destroy()
// removes the same listener through the field (hyper's rpc server).
export class Server {
  id: string;

  constructor() {
    const uid = randomUUID();
    this.id = uid;
    ipcMain.on(uid, this.onMessage);
  }

  onMessage = (event: IpcMainEvent, data: unknown) => {
    console.log(event.sender.id, data);
  };

  destroy() {
    ipcMain.removeListener(this.id, this.onMessage);
  }
}

// Still a finding: the field is set only in a branch, so destroy() may remove another channel.
export class Client {
  id = 'default';

  constructor(named: boolean) {
    const uid = randomUUID();
    if (named) this.id = uid;
    ipcMain.on(uid, this.onMessage);
  }

  onMessage = (event: IpcMainEvent, data: unknown) => {
    console.log(event.sender.id, data);
  };

  destroy() {
    ipcMain.removeListener(this.id, this.onMessage);
  }
}
