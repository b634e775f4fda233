import { useEffect } from 'react';

async function verifyToken(token: string): Promise<boolean> { return token.length > 0; }
declare function goHome(): void;

export function VerifyEmail({ token }: { token: string }) {
  useEffect(() => {
    const verify = async () => {
      if (!token) {
        goHome();
        return;
      }
      const ok = await verifyToken(token);
      if (!ok) goHome();
    };

    // Named like a check, but nothing runs after it: an ordinary dropped promise.
    void verify().catch((error) => console.error(error));
  }, [token]);
  return null;
}

export async function publish(token: string, send: () => Promise<void>) {
  // A check with work after it: awaited (suggestion).
  await verifyToken(token);
  await send();
}
