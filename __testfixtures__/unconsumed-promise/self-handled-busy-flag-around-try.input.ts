interface Draft {
  title: string;
}

let saving = false;
let failure: string | null = null;

async function upload(draft: Draft): Promise<void> {
  await Promise.resolve(draft.title);
}

// The flag set before the try and cleared after it cannot throw: publish() catches every error itself.
async function publish(draft: Draft) {
  saving = true;
  failure = null;
  try {
    await upload(draft);
  } catch (error) {
    failure = error instanceof Error ? error.message : 'failed';
  }
  saving = false;
}

export function onPublish(draft: Draft): void {
  publish(draft);
}

// Still a finding: the value put in the flag is a call, which can throw before the try.
async function republish(draft: Draft) {
  saving = draft.title.trim().length > 0;
  try {
    await upload(draft);
  } catch (error) {
    failure = 'failed';
  }
}

export function onRepublish(draft: Draft): void {
  republish(draft);
}
