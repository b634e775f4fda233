import { sendHeartbeat } from '../src/lib/heartbeat.js';

test('the heartbeat is answered', async () => {
  expect(await sendHeartbeat(process.env.HEARTBEAT_URL)).toBe(true);
});
