declare function ask(options: {
  title: string;
  body: string;
}): Promise<boolean>;
declare const Dialogs: {
  open(options: { title: string; width: number }): Promise<string>;
};
declare function report(text: string): void;

// The call the chain starts with spans lines: once `.catch(` follows, prettier breaks the
// chain before `.then`, but prints the head's group where it stands; only the groups it
// moves onto lines of their own go one unit deeper.
export function confirmLeave(): void {
  ask({
    title: 'Leave the page?',
    body: 'Changes you made may not be saved.',
  }).then((leave) => {
    if (leave) report('left');
  });
}

// A capitalized head keeps its first call on its line, and that call's lines stay too.
export function openPicker(): void {
  Dialogs.open({
    title: 'Pick a colour',
    width: 320,
  }).then((colour) => {
    report(colour);
  });
}

// A head on one line: the chain goes one unit deeper as before.
export function quickAsk(): void {
  ask({ title: 'Sure?', body: '' }).then((sure) => {
    report(String(sure));
  });
}
