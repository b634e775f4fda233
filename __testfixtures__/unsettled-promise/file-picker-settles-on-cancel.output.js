// The picker settles on 'change' and on 'cancel': the person chose a file or closed the picker.
export function pickImage() {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.onchange = () => resolve(input.files[0]);
    input.oncancel = () => resolve(null);
    input.click();
  });
}

// The real wait beside it: closing the picker leaves this one pending for ever.
export function pickFile() {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.onchange = () => resolve(input.files[0]);
    input.click();
  });
}
