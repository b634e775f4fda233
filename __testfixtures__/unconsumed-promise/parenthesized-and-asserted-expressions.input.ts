async function save(): Promise<number> {
  return 1;
}

export function run() {
  let count = 0
  ;(save())
  save() as Promise<number>
  count++
}
