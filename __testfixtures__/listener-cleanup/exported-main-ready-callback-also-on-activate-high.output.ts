import { app, BrowserWindow, ipcMain } from 'electron';

// The same start-up, but the window is opened again at every macOS 'activate' after the last one
// closed: openLedgerWindow then runs again, and each run adds one more ipcMain handler (high).
let ledgerWindow: BrowserWindow | null = null;

export async function openLedgerWindow() {
  ledgerWindow = new BrowserWindow();
  ledgerWindow.on('closed', () => {
    ledgerWindow = null;
  });
  ipcMain.on('ledger:reload', () => {
    ledgerWindow?.reload();
  });
}

export function startLedger() {
  app.whenReady().then(openLedgerWindow).catch(console.error);
  app.on('activate', () => {
    if (ledgerWindow === null) app.whenReady().then(openLedgerWindow).catch(console.error);
  });
}

startLedger();
