import { sendUsagePing } from './index.js';

export function onSettingsSaved(config) {
  sendUsagePing(config.pingUrl).catch((error) => console.warn('ping failed', error));
}
