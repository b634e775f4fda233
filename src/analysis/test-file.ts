/**
 * Whether a file is a test by its path (LEAKS.md policy "Test files"): `*.test.*`, `*.spec.*`
 * and files under `__tests__/`, `test/`, `tests/` or `e2e/`.
 */
const TEST_NAME = /\.(?:test|spec)\.[^/]+$/;
const TEST_FOLDER = /(?:^|\/)(?:__tests__|tests?|e2e)\//;

export function isTestFile(filename: string): boolean {
  const normalized = filename.replace(/\\/g, '/');
  return TEST_NAME.test(normalized) || TEST_FOLDER.test(normalized);
}
