// Waiting for a DOM event a person's input fires: 'focusout' has no failure event, so the wait
// is pending only while no one moves the focus (report-only, medium, and no 'error' advice).
export class InlineEditor {
  async onTab(event, editor) {
    if (event.key === "Tab" && editor.contains(event.target)) {
      const ignore = await new Promise((resolve) => {
        editor.addEventListener("focusout", (focusEvent) => resolve(this.isInside(focusEvent)), { once: true });
      });
      if (ignore) return;
    }
    this.stopEdit();
  }

  isInside() {
    return false;
  }

  stopEdit() {}
}

// The real leak next to it: an image that fails to load fires 'error', never 'load' (high).
export class Avatar {
  async show(image) {
    await new Promise((resolve) => {
      image.addEventListener("load", resolve, { once: true });
    });
    this.shown = true;
  }
}
