export function parseLater(text: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    try {
      resolve(JSON.parse(text));
    } catch (error) {
      reject(error);
      console.warn('bad JSON', error);
    }
  });
}
