export async function banUser(url: string, id: string) {
  const options = {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: id }),
  };
  console.debug(options.method, url);
  await fetch(url, options);
}
