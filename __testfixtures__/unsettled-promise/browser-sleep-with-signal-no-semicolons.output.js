// A file without semicolons: the abortable sleep's blocks go one statement per line
// (`{ reject(reason) return }` on one line would not parse).
export async function pollStatus(url, signal) {
	const res = await fetch(url, {signal})
	await new Promise((r, reject) => {
		if (signal?.aborted) {
			reject(signal.reason)
			return
		}
		const timer = setTimeout(() => {
			signal?.removeEventListener('abort', onAbort)
			r(undefined)
		}, 250)
		const onAbort = () => {
			clearTimeout(timer)
			reject(signal?.reason)
		}
		signal?.addEventListener('abort', onAbort, { once: true })
	})
	return res.ok
}
