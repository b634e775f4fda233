import { useState } from 'react';
import useSWR, { mutate as revalidateKey, useSWRConfig } from 'swr';
import useSWRImmutable from 'swr/immutable';

type Group = { id: string; name: string };

export function GroupsToolbar({ load }: { load: (url: string) => Promise<Group[]> }) {
  const [open, setOpen] = useState(true);
  const { mutate } = useSWRConfig();
  const { data, mutate: reloadGroups } = useSWR<Group[]>('/groups', load);
  const { mutate: reloadPlans } = useSWRImmutable('/plans', load);

  const refresh = () => {
    // A revalidation: SWR keeps a failed fetch as the hook's `error`, the promise cannot reject
    mutate('/groups').then();
    mutate((key) => typeof key === 'string' && key.startsWith('/peers'));
    revalidateKey('/users').then(() => setOpen(false));
    reloadGroups().finally(() => setOpen(false));
    reloadPlans();
  };

  return (
    <button type="button" hidden={!open} onClick={refresh}>
      {data?.length ?? 0}
    </button>
  );
}
