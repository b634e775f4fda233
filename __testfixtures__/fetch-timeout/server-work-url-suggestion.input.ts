export async function setUp(dbConfig: object, id: string) {
  // the server creates and migrates the database before it answers
  await fetch('/setup-database', { method: 'POST', body: JSON.stringify({ dbConfig }) });
  await fetch(`/api/reports/${id}/export`);
  // negatives: the words in a host or a query string, or inside another word
  await fetch('https://setup.example.com/api/items?export=1');
  await fetch('/api/reimported-items');
}
