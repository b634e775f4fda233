import { setupTheme } from './theme';

export function startApp() {
  setupTheme();
}
