export async function loadVariants(featureId: string) {
  const variants = await fetch(
    apiPath(
      `features/${featureId}/variants`,
    ),
    { signal: AbortSignal.timeout(10_000) },
  ).then((res) => res.json());
  const environments = await fetch(
    apiPath('environments'), // all of them
    { signal: AbortSignal.timeout(10_000) }
  );
  const tags = await fetch((apiPath('tags')), { signal: AbortSignal.timeout(10_000) });
  return [variants, environments, tags];
}

function apiPath(path: string): string {
  return `/api/admin/${path}`;
}
