// Written into, but with no deadline: headers merged into the options, or the signal merged
// into a copy the request never sees. Both requests can still hang.
export function request(url, body, token) {
  let options = { method: 'POST', body };
  options = Object.assign(options, { headers: { authorization: token } });
  return fetch(url, options);
}

export function load(url, signal) {
  const options = { method: 'GET' };
  const withSignal = Object.assign({}, options, { signal });
  console.debug(withSignal);
  return fetch(url, options);
}
