import { config } from './config';

export const load = (url: string) => fetch(url);
