/** Entry of the Action's review mode (`node dist/src/action/main.js`), the real process around `runAction`. */
import { runAction } from './run-action';

runAction({ env: process.env, cwd: process.cwd(), log: (line) => process.stdout.write(`${line}\n`) }).then(
  (outcome) => {
    process.exitCode = outcome.exitCode;
  },
  (error: unknown) => {
    process.stderr.write(`unleak: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
