import { StatusBar } from './status-bar';

export const settingsBar = new StatusBar();
