import { useEffect } from 'react';
import { Hub } from './hub';

// `Hub.subscribe({ subId, … }, done)` hands nothing back: the hub names the subscription by the
// key it is given and ends it by that key (`Hub.destroyList([ subId ])`). Ended only before
// subscribing again, it is one per key (low); ended for another key at unmount, it is still
// reported as before.
export function Board({ subId, filters }: { subId: string; filters: string[] }) {
  const load = () => {
    Hub.destroyList([ subId ], () => {
      Hub.subscribe({ subId, filters }, (message: unknown) => console.log(message));
    });
  };

  useEffect(() => load(), [ filters ]);
  return null;
}

export function Column({ subId, otherId }: { subId: string; otherId: string }) {
  const load = () => {
    Hub.subscribe({ subId: otherId, limit: 10 }, (message: unknown) => console.log(message));
  };

  useEffect(() => {
    load();
    return () => {
      Hub.destroyList([ subId ]);
    };
  }, []);
  return null;
}
