export type Job = (signal: AbortSignal) => Promise<void>;

export const settleFirst: Job = async (_signal: AbortSignal) => {
  await new Promise((resolve) => setTimeout(resolve, 20));
};

export async function warmUp(_: AbortSignal): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 5));
  return 1;
}
