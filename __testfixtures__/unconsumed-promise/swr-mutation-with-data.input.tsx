import { mutate as revalidateKey, useSWRConfig } from 'swr';
declare function useFetchApi(url: string): { mutate: () => Promise<unknown> };

type Group = { id: string; name: string };

export function RenameGroup({ group, save, onSaved }: { group: Group; save: (g: Group) => Promise<Group>; onSaved: () => void }) {
  const { mutate } = useSWRConfig();
  const { mutate: reloadUsers } = useFetchApi('/users');

  const rename = (name: string) => {
    // A mutation with data can reject (SWR's throwOnError): still a finding
    mutate('/groups/' + group.id, save({ ...group, name })).then();
    // A mutate the project's own hook hands back is not followed
    reloadUsers().then();
    // A revalidation followed by a callback that may throw: the chain can still reject
    revalidateKey('/groups').then(() => onSaved());
  };

  return <input defaultValue={group.name} onBlur={(e) => rename(e.target.value)} />;
}
