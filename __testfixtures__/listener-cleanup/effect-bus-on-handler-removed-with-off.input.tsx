import { useEffect } from 'react';
import { useMessageBus } from './message-bus';

// `bus.on(topic, handler)` registers the handler itself (an emitter): the cleanup must remove it.
export function useTopic(topic: string, onMessage: (message: unknown) => void) {
	const bus = useMessageBus();

	useEffect(() => {
		bus.on(topic, onMessage);
	}, [topic]);
}
