import axios from 'axios';

const realFetch = globalThis.fetch;

afterEach(() => {
  globalThis.fetch = realFetch;
});

it('reads the health endpoint of the started server', async () => {
  const response = await axios.get('http://127.0.0.1:4010/health');
  expect(response.status).toBe(200);
});

it('counts the calls of a stubbed fetch', async () => {
  const stub = vi.fn(async () => new Response('{}'));
  globalThis.fetch = stub;
  await fetch('https://service.example/health', {});
  expect(stub).toHaveBeenCalledTimes(1);
});

it('fetches the token page of the started server', async () => {
  const page = await fetch('http://127.0.0.1:4010/token');
  expect(page.ok).toBe(true);
});
