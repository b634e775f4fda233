async function main(): Promise<void> {
  await work();
}

async function work(): Promise<void> {}

declare function report(): Promise<void>;

// The rejection is handled before the last `.then`, whose callback only ends the process: nothing left to reject
export function runAndExit(): void {
  main().catch(console.error).then(() => process.exit(0));
}

// Its callback returns a promise that may reject: a finding
export function runAndReport(): void {
  main().catch(console.error).then(() => report());
}
