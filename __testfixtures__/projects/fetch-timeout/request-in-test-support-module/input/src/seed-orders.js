// Imported only by the admin client, which only tests import.
export async function seedOrders(adminUrl, count) {
  const response = await fetch(`${adminUrl}/seed?count=${count}`, { method: 'POST' });
  return response.ok;
}
