// Only the tests use it, through the jsconfig's path alias.
export async function purgeQueue(adminUrl) {
  const response = await fetch(`${adminUrl}/purge`, { method: 'POST' });
  return response.ok;
}
