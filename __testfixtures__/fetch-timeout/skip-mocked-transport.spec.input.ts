import axios from 'axios';

const fakeAdapter = vi.fn(async (config) => ({ data: { ok: true }, status: 200, statusText: 'OK', headers: {}, config }));

beforeEach(() => {
  axios.defaults.adapter = fakeAdapter;
});

it('retries once through the interceptor', async () => {
  const response = await axios.get('/api/items');
  expect(response.data).toEqual({ ok: true });
});

it('routes fetch through the stub', async () => {
  const stub = vi.fn(async () => new Response('{}'));
  globalThis.fetch = stub;
  await fetch('https://service.example/health', {});
  expect(stub).toHaveBeenCalledTimes(1);
});

describe('with a spied fetch', () => {
  beforeEach(() => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('[]'));
  });

  it('lists nothing', async () => {
    const response = await fetch('https://service.example/items');
    expect(await response.json()).toEqual([]);
  });
});
