import { purgeQueue } from '@queue/cleanup-client.js';

afterEach(async () => {
  await purgeQueue(process.env.ADMIN_URL);
});
