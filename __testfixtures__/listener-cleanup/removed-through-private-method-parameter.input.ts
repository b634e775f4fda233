// The handlers are removed through a private method the class only calls, with them: the
// method's parameters are what every call passes, so its removals match the registrations.
export class SwipeWatcher {
  private swiped = 0;

  onSwipeLeft(action: () => void): void {
    let startX = 0;
    const onTouchStart = (event: TouchEvent) => {
      startX = event.touches[0]!.clientX;
    };
    const onTouchMove = (event: TouchEvent) => {
      if (startX - event.touches[0]!.clientX > 50) {
        this.removeSwipeListeners(onTouchStart, onTouchMove);
        this.swiped++;
        action();
      }
    };
    document.addEventListener('touchstart', onTouchStart);
    document.addEventListener('touchmove', onTouchMove);
  }

  private removeSwipeListeners(onStart: (event: TouchEvent) => void, onMove: (event: TouchEvent) => void): void {
    document.removeEventListener('touchstart', onStart);
    document.removeEventListener('touchmove', onMove);
  }
}

// The real leak next to it: a public method may be called from outside with other functions,
// so its removals are not known to match; the listeners stay findings.
export class DragWatcher {
  private dragged = 0;

  onDrag(action: () => void): void {
    const onMove = () => {
      this.dragged++;
      this.removeDragListener(onMove);
      action();
    };
    document.addEventListener('pointermove', onMove);
  }

  removeDragListener(onMove: () => void): void {
    document.removeEventListener('pointermove', onMove);
  }
}
