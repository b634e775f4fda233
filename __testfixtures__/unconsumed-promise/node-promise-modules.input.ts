import fs from 'node:fs';
import { writeFile } from 'node:fs/promises';
import * as dns from 'node:dns/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { execFile } from 'node:child_process';

const execFileAsync = promisify(execFile);

export function record(file: string, host: string) {
  writeFile(file, 'started');
  fs.promises.appendFile(file, 'more');
  dns.lookup(host);
  sleep(10);
  execFileAsync('git', ['gc']);
}
