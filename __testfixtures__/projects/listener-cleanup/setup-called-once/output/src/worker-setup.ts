import { setupLogging } from './logging';

setupLogging();
