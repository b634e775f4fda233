// The event type is the same conditional expression in the add and in the removal.
export function createSlideshow(dialog) {
    function onPointerMove(event) {
        dialog.dataset.x = String(event.clientX);
    }

    function onDialogClosed() {
        document.removeEventListener((window.PointerEvent ? 'pointermove' : 'mousemove'), onPointerMove);
    }

    document.addEventListener((window.PointerEvent ? 'pointermove' : 'mousemove'), onPointerMove);
    dialog.addEventListener('close', onDialogClosed);
}

// The real leak next to it: the removal's condition chooses other events.
export function createViewer(dialog) {
    function onPointerUp() {
        dialog.dataset.up = '1';
    }

    function onDialogClosed() {
        document.removeEventListener((window.PointerEvent ? 'pointerdown' : 'mousedown'), onPointerUp);
    }

    document.addEventListener((window.PointerEvent ? 'pointerup' : 'mouseup'), onPointerUp);
    dialog.addEventListener('close', onDialogClosed);
}
