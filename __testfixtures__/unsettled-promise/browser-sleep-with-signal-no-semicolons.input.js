// A file without semicolons: the abortable sleep's blocks go one statement per line
// (`{ reject(reason) return }` on one line would not parse).
export async function pollStatus(url, signal) {
	const res = await fetch(url, {signal})
	await new Promise((r) => setTimeout(r, 250))
	return res.ok
}
