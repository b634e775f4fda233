import { useEffect } from 'react';
import { Hub } from './hub';

// A request to the hub with nothing to call back, ended by its key in the effect's cleanup.
const SUB_ID_CHECK = 'check';

export function Header({ typeId }: { typeId: string }) {
  useEffect(() => {
    Hub.subscribe({ subId: SUB_ID_CHECK, filters: [ typeId ], limit: 1 });
    return () => {
      Hub.destroyList([ SUB_ID_CHECK ]);
    };
  }, []);
  return null;
}
