import fs from 'node:fs';
import { writeFile } from 'node:fs/promises';
import * as dns from 'node:dns/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { execFile } from 'node:child_process';

const execFileAsync = promisify(execFile);

export function record(file: string, host: string) {
  void writeFile(file, 'started').catch((error) => console.error(error));
  void fs.promises.appendFile(file, 'more').catch((error) => console.error(error));
  void dns.lookup(host).catch((error) => console.error(error));
  void sleep(10).catch((error) => console.error(error));
  void execFileAsync('git', ['gc']).catch((error) => console.error(error));
}
