import { AdminClient } from '../src/admin-client.js';
import { checkHealth } from '../src/health.js';
import { loadOrders } from '../src/index.js';

test('queues every order', async () => {
  const admin = new AdminClient(process.env.ADMIN_URL);
  await admin.seed(3);
  expect(await checkHealth(process.env.QUEUE_URL)).toBe(true);
  expect(await loadOrders(process.env.QUEUE_URL)).toHaveLength(3);
  expect((await admin.queueStats()).pending).toBe(0);
});
