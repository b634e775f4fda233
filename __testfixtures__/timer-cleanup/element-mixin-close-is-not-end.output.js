/**
 * A menu mixin: its base is the mixin's parameter, but `this.appendChild(…)` shows the instance
 * is an element. Its `close()` closes the menu, which opens again — not the element's end. A
 * `cancelAnimationFrame` there would drop the one frame that arms the menu the first time it is
 * opened, for good; the element ends at `disconnectedCallback`, which the unseen base may
 * declare: a suggestion, not an auto fix.
 */
export const MenuItemsMixin = (superClass) =>
  class extends superClass {
    initMenu() {
      const list = document.createElement("ul");
      this.appendChild(list);
      requestAnimationFrame(() => {
        this.armed = true;
      });
    }

    close() {
      this.armed = false;
    }
  };

// No element API: a disposable class whose `close()` ends it, where the frame is cancelled (auto).
export const ConnectionMixin = (superClass) =>
  class extends superClass {
    #frameId;

    flushLater() {
      this.#frameId = requestAnimationFrame(() => {
        this.flush();
      });
    }

    close() {
      this.closed = true;
      cancelAnimationFrame(this.#frameId);
    }
  };
