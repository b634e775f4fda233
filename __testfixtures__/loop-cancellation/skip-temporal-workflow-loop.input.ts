// A Temporal workflow: its loop and sleep are durable workflow code, cancelled through
// Temporal's own cancellation scopes. Node timers or an AbortSignal would break it.
import { proxyActivities, sleep } from '@temporalio/workflow';

const { autoPost } = proxyActivities<{ autoPost(id: string): Promise<void> }>({
  startToCloseTimeout: '10 minute',
});

export async function autoPostWorkflow({ id }: { id: string }): Promise<void> {
  while (true) {
    try {
      await autoPost(id);
    } catch (err) {
      console.log(err);
    }
    await sleep(3600000);
  }
}
