import axios from 'axios';

// An old axios on a runtime without AbortSignal.timeout: its `timeout`, written without numeric separators.
export async function fetchRates(base: string): Promise<unknown> {
  const res = await axios.get('/api/rates', { params: { base }, timeout: 10000 });
  return res.data;
}
