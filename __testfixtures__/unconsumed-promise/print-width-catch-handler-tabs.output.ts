async function saveScene(elements: readonly string[]): Promise<void> {
	await fetch('/scene', { method: 'PUT', body: elements.join() });
}
declare function render(elements: string[]): void;

export class Session {
	onUnload(elements: readonly string[]): void {
		if (elements.length > 0) {
			void saveScene(elements).catch((error) => console.error(error));
		}
	}
}
