import { useEffect } from 'react';
import { useMessageBus } from './message-bus';

// `bus.on(topic, options)` hands back an Observable: the subscription is the resource, and the
// cleanup already ends it. There is no `bus.off(topic, options)` to add.
export function useTopic(topic: string, onMessage: (message: unknown) => void, options?: { replay?: boolean }) {
	const bus = useMessageBus();

	useEffect(() => {
		const subscription = bus.on(topic, options).subscribe(onMessage);
		return () => subscription.unsubscribe();
	}, [topic]);
}
