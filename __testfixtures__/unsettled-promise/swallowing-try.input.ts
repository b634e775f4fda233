export function parseLater(text: string): Promise<unknown> {
  return new Promise((resolve) => {
    try {
      resolve(JSON.parse(text));
    } catch (error) {
      console.warn('bad JSON', error);
    }
  });
}
