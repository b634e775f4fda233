const routes = [
	"/health",
	"/ready",
];

export function poll(base: string) {
	return routes.map(async (route) => {
		const response = await fetch(`${base}${route}?verbose=true&include=dependencies`, {
			method: "GET",
			signal: AbortSignal.timeout(10_000),
		});
		const short = await fetch(route, { signal: AbortSignal.timeout(10_000) });
		return [response.status, short.status];
	});
}
