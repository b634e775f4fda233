import { mutate as revalidateKey, useSWRConfig } from 'swr';
declare function useFetchApi(url: string): { mutate: () => Promise<unknown> };

type Group = { id: string; name: string };

export function RenameGroup({ group, save, onSaved }: { group: Group; save: (g: Group) => Promise<Group>; onSaved: () => void }) {
  const { mutate } = useSWRConfig();
  const { mutate: reloadUsers } = useFetchApi('/users');

  const rename = (name: string) => {
    // A mutation with data can reject (SWR's throwOnError): still a finding
    void mutate('/groups/' + group.id, save({ ...group, name })).then().catch((error) => console.error(error));
    // A mutate the project's own hook hands back is not followed
    void reloadUsers().then().catch((error) => console.error(error));
    // A revalidation followed by a callback that may throw: the chain can still reject
    void revalidateKey('/groups').then(() => onSaved()).catch((error) => console.error(error));
  };

  return <input defaultValue={group.name} onBlur={(e) => rename(e.target.value)} />;
}
