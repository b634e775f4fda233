async function save(): Promise<number> {
  return 1;
}

export async function handled(values: number[]) {
  void save();
  await save();
  save().catch(() => 0);
  save().then((n) => n, () => 0);
  save().then((n) => n).catch(() => 0);
  await Promise.all([save(), save()]);
  await Promise.allSettled(values.map(async () => save()));
  const kept = save();
  await kept;
  queue(save());
  const later = save();
  setTimeout(() => later, 0);
  return save();
}

export const onClick = () => save();
export const ready = save();

declare function queue(p: Promise<unknown>): void;
