import axios from 'axios';

it('reads the health endpoint of the started server', async () => {
  const response = await axios.get('http://127.0.0.1:4010/health');
  expect(response.status).toBe(200);
});

it('fetches the token page', async () => {
  const page = await fetch('http://127.0.0.1:4010/token');
  expect(page.ok).toBe(true);
});
