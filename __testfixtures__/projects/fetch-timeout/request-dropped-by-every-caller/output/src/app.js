import { sendHeartbeat } from '@lib/heartbeat.js';
import { loadPolicy } from './policy.js';
import { reportStatus } from './status.js';
import { sendUsagePing } from './ping.js';
import { checkVersion } from './version.js';

let policy = null;

export async function start(config) {
  void sendUsagePing(config.pingUrl);
  setInterval(() => void sendHeartbeat(config.heartbeatUrl), 60_000);
  loadPolicy(config.policyUrl).then((loaded) => {
    policy = loaded;
  });
  void reportStatus(config.statusUrl);
  const latest = await checkVersion(config.versionUrl);
  return { latest, policy };
}
