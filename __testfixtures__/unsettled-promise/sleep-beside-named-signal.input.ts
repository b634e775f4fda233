export type Job = (signal: AbortSignal) => Promise<void>;

export const settleFirst: Job = async (signal: AbortSignal) => {
  await new Promise((resolve) => setTimeout(resolve, 20));
  signal.throwIfAborted();
};
