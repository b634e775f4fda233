import axios from 'axios';

it('reads the health endpoint of the started server', async () => {
  const response = await axios.get('http://127.0.0.1:4010/health', { signal: AbortSignal.timeout(10_000) });
  expect(response.status).toBe(200);
});

it('fetches the token page', async () => {
  const page = await fetch('http://127.0.0.1:4010/token', { signal: AbortSignal.timeout(10_000) });
  expect(page.ok).toBe(true);
});
