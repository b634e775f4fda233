async function save(id: string): Promise<void> {
  await fetch(`/save/${id}`, { method: 'POST' }).then((response) => response.text());
}

export function parse(id: string) {
  try {
    JSON.parse(id);
  } catch (error) {
    // `error` is the caught one: the handler takes another name, and the code after it still reads the outer one.
    void save(id).catch((err) => console.error(err));
    console.warn(error);
  }
}

export function retry(load: () => Promise<void>, id: string) {
  load().catch((error) => {
    void save(`${id}: ${String(error)}`).catch((err) => console.error(err));
  });
}

export function both(err: Error) {
  try {
    JSON.parse(err.message);
  } catch (error) {
    void save(err.message).catch((error2) => console.error(error2));
  }
}

// No `error` in scope: the plain name.
export function plain(id: string) {
  void save(id).catch((error) => console.error(error));
}
