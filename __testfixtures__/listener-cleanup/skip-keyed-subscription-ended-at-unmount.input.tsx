import { useEffect } from 'react';
import { Hub } from './hub';

// The effect's cleanup ends the subscription by the key it was made with: nothing is left.
export function ObjectList({ subId, sortId }: { subId: string; sortId: string }) {
  const getData = (done?: (message: unknown) => void) => {
    Hub.subscribe({ subId, sorts: [ sortId ] }, done);
  };

  useEffect(() => {
    return () => {
      Hub.destroyList([ subId ]);
    };
  }, []);

  useEffect(() => getData(), [ sortId ]);
  return null;
}
