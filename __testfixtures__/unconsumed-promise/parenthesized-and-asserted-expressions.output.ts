async function save(): Promise<number> {
  return 1;
}

export function run() {
  let count = 0
  ;(void save().catch((error) => console.error(error)))
  void (save() as Promise<number>).catch((error) => console.error(error))
  count++
}
