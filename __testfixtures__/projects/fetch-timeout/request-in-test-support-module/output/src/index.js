// The package's entry: other packages call it, whatever imports it here.
import { checkHealth } from './health.js';

export async function loadOrders(ordersUrl) {
  await checkHealth(ordersUrl);
  const response = await fetch(ordersUrl);
  return response.json();
}
