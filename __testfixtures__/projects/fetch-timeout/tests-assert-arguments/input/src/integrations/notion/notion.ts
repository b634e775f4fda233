export const listDatabases = async (workspaceId: string) => {
  const res = await fetch(`/api/v1/integrations/notion/databases`, {
    method: "GET",
    headers: { workspaceId },
  });
  return res.json();
};
