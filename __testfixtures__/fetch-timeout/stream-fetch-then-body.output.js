export function openFeed(url) {
  return fetch(url).then((res) => res.body.pipeThrough(new TextDecoderStream()));
}
