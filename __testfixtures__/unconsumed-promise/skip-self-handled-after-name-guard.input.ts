declare function upload(folderId: string, name: string): Promise<string>;
declare function notifyFailure(error: unknown): void;

export function wireUploader(folderId: string | null, busy: boolean) {
  const uploadNamed = async (name: string) => {
    if (!folderId) return;
    try {
      await upload(folderId, name);
    } catch (error) {
      notifyFailure(error);
    }
  };

  async function uploadUnlessBusy(name: string): Promise<boolean> {
    if (busy || name === '') {
      return false;
    }
    try {
      await upload(folderId ?? 'root', name);
      return true;
    } catch {
      return false;
    }
  }

  return (name: string) => {
    uploadNamed(name);
    uploadUnlessBusy(name);
  };
}
