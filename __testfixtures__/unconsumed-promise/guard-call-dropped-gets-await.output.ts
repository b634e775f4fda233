// A check whose rejection should stop the work after it, called without `await`.
interface Envelope { id: string; status: 'draft' | 'sent' | 'completed' }

export async function assertEnvelopeMutable(envelope: Envelope): Promise<void> {
  if (envelope.status === 'completed') throw new Error(`envelope ${envelope.id} is completed`);
}

async function sendReminder(envelope: Envelope): Promise<void> {
  console.log('reminder', envelope.id);
}

export async function renameEnvelope(envelope: Envelope, title: string, save: (e: Envelope & { title: string }) => Promise<void>) {
  await assertEnvelopeMutable(envelope);
  // Not a check: a notification that may run on in the background.
  void sendReminder(envelope).catch((error) => console.error(error));
  await save({ ...envelope, title });
}

export function renameLater(envelope: Envelope) {
  assertEnvelopeMutable(envelope);
  return envelope.id;
}
