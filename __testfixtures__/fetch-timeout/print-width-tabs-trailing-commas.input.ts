const routes = [
	"/health",
	"/ready",
];

export function poll(base: string) {
	return routes.map(async (route) => {
		const response = await fetch(`${base}${route}?verbose=true&include=dependencies`, { method: "GET" });
		const short = await fetch(route);
		return [response.status, short.status];
	});
}
