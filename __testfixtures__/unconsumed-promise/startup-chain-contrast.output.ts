async function openLedger(): Promise<{ size: number }> {
  return { size: 0 };
}

async function bootReplicas(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10));
}

// Not start-up: a declared function (called any number of times) and a timer callback.
export function reopen(): void {
  openLedger()
    .then(() => {
      void bootReplicas().catch((error) => console.error(error));
    })
    .catch(() => process.exit(1));
}

setTimeout(() => {
  void bootReplicas().catch((error) => console.error(error));
}, 1000);
