async function save(id: string): Promise<void> {
  await fetch(`/save/${id}`, { method: 'POST' }).then((response) => response.text());
}

export function parse(id: string) {
  try {
    JSON.parse(id);
  } catch (error) {
    // `error` is the caught one: the handler takes another name, and the code after it still reads the outer one.
    save(id);
    console.warn(error);
  }
}

export function retry(load: () => Promise<void>, id: string) {
  load().catch((error) => {
    save(`${id}: ${String(error)}`);
  });
}

export function both(err: Error) {
  try {
    JSON.parse(err.message);
  } catch (error) {
    save(err.message);
  }
}

// No `error` in scope: the plain name.
export function plain(id: string) {
  save(id);
}
