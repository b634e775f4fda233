// Waiting for a dialog's 'close' waits for the person to close it: a dialog has no error event.
import dialogHelper from './dialogHelper';

export function showEditor() {
    const dlg = dialogHelper.createDialog({ removeOnClose: true });
    dlg.innerHTML = '<form><button class="btnCancel">Cancel</button></form>';
    dlg.querySelector('.btnCancel').addEventListener('click', () => {
        dialogHelper.close(dlg);
    });
    return new Promise((resolve) => {
        dlg.addEventListener('close', resolve);
        dialogHelper.open(dlg);
    });
}

export function confirmDelete() {
    const element = document.createElement('dialog');
    document.body.appendChild(element);
    element.showModal();
    return new Promise((resolve) => {
        element.addEventListener('close', () => resolve(element.returnValue === 'yes'));
    });
}

// The real leak next to it: a worker that fails never posts its message.
export function runScript(script) {
    return new Promise((resolve) => {
        const worker = new Worker(new URL('./sandbox.js', import.meta.url));
        worker.addEventListener('message', (event) => {
            worker.terminate();
            resolve(event.data);
        });
        worker.postMessage(script);
    });
}
