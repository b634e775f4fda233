export class Differ {
  diff(a: string, b: string, callback?: (changes: string[]) => void): string[] | undefined {
    const changes = [a, b];
    if (callback) {
      setTimeout(() => callback(changes), 0);
      return undefined;
    }
    requestAnimationFrame(() => console.debug('diffed'));
    return changes;
  }
}
