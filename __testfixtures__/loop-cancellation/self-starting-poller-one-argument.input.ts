let incidents: string[] = [];

async function loadIncidents(): Promise<string[]> {
  return [];
}

export async function refreshIncidents(): Promise<void> {
  incidents = await loadIncidents();
  setTimeout(refreshIncidents, 30_000);
}
