export function streamAnswer(
  controller: AbortController,
  onUpdate: (text: string) => void,
  onError: (error: Error) => void,
) {
  let responseText = '';
  let remainText = '';
  let finished = false;

  // The loop ends itself once the answer is finished or aborted: not a leak.
  function animateResponseText() {
    if (finished || controller.signal.aborted) {
      responseText += remainText;
      if (responseText.length === 0) onError(new Error('empty response from server'));
      return;
    }
    if (remainText.length > 0) {
      const count = Math.max(1, Math.round(remainText.length / 60));
      responseText += remainText.slice(0, count);
      remainText = remainText.slice(count);
      onUpdate(responseText);
    }
    requestAnimationFrame(animateResponseText);
  }

  animateResponseText();

  return {
    push(text: string) {
      remainText += text;
    },
    finish() {
      finished = true;
    },
  };
}

export function pulse(signal: AbortSignal, step: () => boolean): void {
  function tick() {
    if (!step()) return;
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
}

// A loop with no way out: it runs after the abort, one release for the latest frame.
export function followCursor(signal: AbortSignal, draw: () => void): void {
  let frameId: number | undefined;
  function frame() {
    draw();
    frameId = requestAnimationFrame(frame);
  }
  signal.addEventListener('abort', () => {
    if (frameId !== undefined) cancelAnimationFrame(frameId);
  }, { once: true });
  frame();
}

export function refreshEvery(signal: AbortSignal, refresh: () => void): void {
  let timeoutId: ReturnType<typeof setTimeout> | undefined;
  const poll = () => {
    refresh();
    timeoutId = setTimeout(poll, 5_000);
  };
  signal.addEventListener('abort', () => clearTimeout(timeoutId), { once: true });
  poll();
}
