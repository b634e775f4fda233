let users: string[] = [];
let clients: string[] = [];

async function fetchList(url: string): Promise<string[]> {
  const response = await fetch(url);
  return response.json();
}

// Each try catches the errors of its own part: refresh() catches every error itself.
async function refresh() {
  try {
    users = await fetchList('/api/users');
  } catch (error) {
    console.log('users failed', error);
  }

  try {
    clients = await fetchList('/api/clients');
  } catch (error) {
    console.error('clients failed', error);
  }
}

export function onShow(): void {
  refresh();
}

// Still a finding: the second catch throws again.
async function reload() {
  try {
    users = await fetchList('/api/users');
  } catch (error) {
    console.log('users failed', error);
  }
  try {
    clients = await fetchList('/api/clients');
  } catch (error) {
    throw error;
  }
}

export function onReload(): void {
  void reload().catch((error) => console.error(error));
}

// Still a finding: a call between the two tries can throw outside them.
async function resync() {
  try {
    users = await fetchList('/api/users');
  } catch (error) {
    console.log('users failed', error);
  }
  users.sort();
  try {
    clients = await fetchList('/api/clients');
  } catch (error) {
    console.log('clients failed', error);
  }
}

export function onResync(): void {
  void resync().catch((error) => console.error(error));
}
