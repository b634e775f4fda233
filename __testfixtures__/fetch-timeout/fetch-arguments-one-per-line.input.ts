export async function loadVariants(featureId: string) {
  const variants = await fetch(
    apiPath(
      `features/${featureId}/variants`,
    ),
  ).then((res) => res.json());
  const environments = await fetch(
    apiPath('environments') // all of them
  );
  const tags = await fetch((apiPath('tags')));
  return [variants, environments, tags];
}

function apiPath(path: string): string {
  return `/api/admin/${path}`;
}
