declare function upload(folderId: string, name: string): Promise<string>;
declare function notifyFailure(error: unknown): void;

export function wireUploader(target: { folderId: string } | null, label: string) {
  // The guard reads a member: `target` may be null, so the guard itself can throw.
  const uploadToTarget = async (name: string) => {
    if (!target!.folderId) return;
    try {
      await upload(target!.folderId, name);
    } catch (error) {
      notifyFailure(error);
    }
  };

  // The guard calls a method: anything may happen there.
  const uploadLabelled = async (name: string) => {
    if (!label.trim()) return;
    try {
      await upload('root', `${label}-${name}`);
    } catch (error) {
      notifyFailure(error);
    }
  };

  // The guard returns a call's value: the call may throw.
  const uploadOrWarn = async (name: string) => {
    if (!label) return notifyFailure(name);
    try {
      await upload('root', name);
    } catch (error) {
      notifyFailure(error);
    }
  };

  return (name: string) => {
    uploadToTarget(name);
    uploadLabelled(name);
    uploadOrWarn(name);
  };
}
