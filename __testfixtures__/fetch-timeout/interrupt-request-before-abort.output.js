// The interrupt request tells the server to stop; the controller is aborted right after it.
// Tied to that controller, the request would be cancelled before it is sent.
export function generate(request, response, url) {
  const controller = new AbortController();
  request.socket.on('close', function () {
    if (!response.writableEnded) {
      fetch(`${url}/interrupt`, { method: 'POST', signal: AbortSignal.timeout(10_000) });
    }
    controller.abort();
  });
  // The real tie beside it: cancelling later stops this request too.
  request.socket.on('end', () => {
    fetch(`${url}/progress`, { signal: AbortSignal.any([controller.signal, AbortSignal.timeout(10_000)]) }).then((res) => res.json()).then(report);
    onCancel(() => controller.abort());
  });
  return fetch(`${url}/generate`, { method: 'POST', signal: controller.signal });
}

function report() {}
function onCancel() {}
