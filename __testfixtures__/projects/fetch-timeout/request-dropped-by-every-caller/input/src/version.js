// A caller awaits it.
export function checkVersion(versionUrl) {
  return fetch(versionUrl).then((response) => response.json());
}
