import { gunzip } from 'node:zlib';

export class Archive {
  private readonly log: string[] = [];

  unpack(data: Buffer): Promise<Buffer> {
    return new Promise((resolve) => {
      gunzip(data, (error, result) => {
        if (error) {
          this.log.push(`unpack failed: ${error.message}`);
          return;
        }
        resolve(result);
      });
    });
  }
}
