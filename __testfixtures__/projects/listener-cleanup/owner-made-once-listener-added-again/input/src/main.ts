import { AppWindow } from './app-window';

const win = new AppWindow();
document.querySelector('#open')?.addEventListener('click', () => win.open());
