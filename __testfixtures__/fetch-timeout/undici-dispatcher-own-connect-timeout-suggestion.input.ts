import { Agent, fetch } from 'undici';

// The dispatcher gives the connection 30 s on purpose: a fixed 10 s deadline on top would call a
// slow but reachable server unreachable. Only a suggestion.
export async function isReachable(url: string): Promise<boolean> {
	try {
		const response = await fetch(url, {
			method: 'HEAD',
			dispatcher: new Agent({ connect: { timeout: 30_000 } })
		});
		return response.ok;
	} catch {
		return false;
	}
}

const slowAgent = new Agent({ headersTimeout: 120_000 });

export async function readReport(url: string): Promise<string> {
	const response = await fetch(url, { dispatcher: slowAgent });
	return response.text();
}
