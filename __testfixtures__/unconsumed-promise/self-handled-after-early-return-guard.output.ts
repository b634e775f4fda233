interface Anchor {
  getBoundingClientRect(): { top: number; left: number };
}

let panel: HTMLElement | undefined;

async function measure(anchor: Anchor): Promise<{ top: number; left: number }> {
  await Promise.resolve();
  return anchor.getBoundingClientRect();
}

// place() returns early on a test of names, then catches every error itself: its promise cannot reject.
async function place(anchor: Anchor | null) {
  if (!panel || anchor === null) return;
  try {
    const { top, left } = await measure(anchor);
    panel.style.top = `${top}px`;
    panel.style.left = `${left}px`;
  } catch (error) {
    console.warn('could not place the panel', error);
  }
}

export function show(anchor: Anchor | null): void {
  place(anchor);
}

// Still a finding: the guard reads a member, which can throw before the try (here on a null anchor).
async function placeNear(anchor: Anchor | null, target: { box: Anchor | null } | null) {
  if (!target!.box) return;
  try {
    const { top } = await measure(anchor!);
    if (panel) panel.style.top = `${top}px`;
  } catch (error) {
    console.warn('could not place the panel', error);
  }
}

export function showNear(anchor: Anchor | null): void {
  void placeNear(anchor, null).catch((error) => console.error(error));
}
