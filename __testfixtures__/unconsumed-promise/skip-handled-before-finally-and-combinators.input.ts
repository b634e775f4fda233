async function save(): Promise<number> {
  return 1;
}

declare const done: () => void;

export function settle() {
  save().catch(() => 0).finally(done);
  save().then((n) => n, () => 0).finally(done).finally(done);
  Promise.race([save(), save()]).catch(done);
  void Promise.any([save(), save()]);
  const { promise, resolve } = Promise.withResolvers<void>();
  resolve();
  return promise;
}
