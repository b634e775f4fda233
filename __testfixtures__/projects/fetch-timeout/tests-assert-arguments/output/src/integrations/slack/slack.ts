export const authorize = async (workspaceId: string, apiHost: string): Promise<string> => {
  const res = await fetch(`${apiHost}/api/v1/integrations/slack`, {
    method: "GET",
    headers: { workspaceId },
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error("Could not create response");
  const json = await res.json();
  return json.data.authUrl;
};
