async function openLedger(): Promise<{ size: number }> {
  return { size: 0 };
}

async function bootReplicas(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 10));
}

// Start-up: the chain runs once as the module loads; its own handler ends the process.
openLedger()
  .then(() => {
    bootReplicas();
  })
  .catch((error) => {
    console.error('ledger failed', error);
    process.exit(1);
  });

void (async () => {
  await openLedger();
  bootReplicas();
})().catch(() => process.exit(1));
