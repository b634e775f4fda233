import { RegisterIpcRoutes } from './ipc-routes';

export function BootDesktop() {
  console.log('booting');
  void RegisterIpcRoutes();
}
