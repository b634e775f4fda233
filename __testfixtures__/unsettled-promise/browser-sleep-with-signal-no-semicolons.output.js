// A file without semicolons: the abortable sleep's blocks go one statement per line
// (`{ reject(reason) return }` on one line would not parse).
export async function pollStatus(url, signal) {
	const res = await fetch(url, {signal})
	await new Promise((r, reject) => {
		if (signal?.aborted) {
			reject(signal.reason)
			return
		}
		const listening = new AbortController()
		const timer = setTimeout(() => {
			listening.abort()
			r(undefined)
		}, 250)
		signal?.addEventListener('abort', () => {
			clearTimeout(timer)
			reject(signal?.reason)
		}, { signal: listening.signal })
	})
	return res.ok
}
