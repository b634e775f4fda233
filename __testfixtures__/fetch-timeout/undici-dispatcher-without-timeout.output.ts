import { Agent, fetch } from 'undici';

// Dispatchers that set no request deadline of their own (pipelining; a keep-alive timeout only
// closes idle sockets): the fix stays `auto`.
const keepAliveAgent = new Agent({ keepAliveTimeout: 4_000 });

export async function isReachable(url: string): Promise<boolean> {
	try {
		const response = await fetch(url, {
			method: 'HEAD',
			dispatcher: new Agent({ pipelining: 1 }),
			signal: AbortSignal.timeout(10_000)
		});
		return response.ok;
	} catch {
		return false;
	}
}

export async function ping(): Promise<boolean> {
	const response = await fetch('https://status.example.com/ping', { dispatcher: keepAliveAgent, signal: AbortSignal.timeout(10_000) });
	return response.ok;
}
