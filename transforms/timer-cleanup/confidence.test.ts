import { describe, expect, it } from 'vitest';
import { getAppliedLevels } from '../../src/core/fix-level';
import { lintSource } from '../../src/engine/lint-source';
import { DEFAULT_SETTINGS } from '../../src/core/rule';
import { resolveRuleOptions } from '../../src/core/rule-options';
import { rule } from './rule';

/** The confidence of each timer-cleanup finding in `raw`, by line. */
function confidences(raw: string, file = 'file.ts'): Record<number, string | undefined> {
  const findings = lintSource({
    raw,
    filePath: file,
    displayPath: file,
    rules: [{ rule, options: resolveRuleOptions(rule, {}) }],
    settings: DEFAULT_SETTINGS,
    applyLevels: getAppliedLevels(false),
    knownRuleIds: new Set([rule.meta.id]),
  }).findings;
  return Object.fromEntries(findings.map((finding) => [finding.line, finding.confidence]));
}

describe('timer-cleanup confidence', () => {
  it('an interval of a class with no lifecycle made only at module level (or not in this file) is medium', () => {
    // In the constructor of the one instance made at module level: process lifetime, no finding (module-singleton.ts).
    expect(confidences('class Clock {\n  constructor() {\n    setInterval(() => tick(), 1000);\n  }\n}\nexport const clock = new Clock();\n')).toEqual({});
    expect(confidences('class Clock {\n  start() {\n    setInterval(() => tick(), 1000);\n  }\n}\nexport const clock = new Clock();\n')).toEqual({ 3: 'medium' });
    expect(confidences('export class Clock {\n  start() {\n    setInterval(() => tick(), 1000);\n  }\n}\n')).toEqual({ 3: 'medium' });
  });

  it('an interval with no owner (a plain function: its callers decide how often it runs) is medium', () => {
    expect(confidences('export const init = async () => {\n  setInterval(() => check(), 3 * 3600_000);\n};\n')).toEqual({ 2: 'medium' });
    expect(confidences('export const init = async () => {\n  setInterval(() => check(), 1000);\n};\nbutton.onclick = () => void init();\n')).toEqual({ 2: 'medium' });
  });

  it('an interval with no owner in a folder of code run by hand (a benchmark, a script) is low', () => {
    const code = "db.connect(() => {\n  setInterval(() => runRound(), 500);\n});\n";
    expect(confidences(code, 'packages/driver/bench/index.js')).toEqual({ 2: 'low' });
    expect(confidences(code, 'scripts/watch-queue.js')).toEqual({ 2: 'low' });
    expect(confidences(code, 'src/driver/index.js')).toEqual({ 2: 'medium' });
    // An owner still decides: a class with a lifecycle keeps its interval's confidence there.
    const owned = 'class Poller {\n  constructor() {\n    setInterval(() => tick(), 1000);\n  }\n}\nexport function listen(server: any) {\n  server.on(\'request\', () => new Poller());\n}\n';
    expect(confidences(owned, 'bench/poller.ts')).toEqual({ 3: 'high' });
  });

  it('an interval of a class made in code that runs again (a handler, a loop) is high; made where the file shows one run, medium', () => {
    expect(confidences('class Poller {\n  constructor() {\n    setInterval(() => tick(), 1000);\n  }\n}\nexport function handle() {\n  new Poller();\n}\n')).toEqual({ 3: 'medium' });
    expect(confidences('class Writer {\n  constructor() {\n    setInterval(() => tick(), 1000);\n  }\n}\nexport class Reporter {\n  w = new Writer();\n}\n')).toEqual({ 3: 'medium' });
    expect(confidences('class Poller {\n  constructor() {\n    setInterval(() => tick(), 1000);\n  }\n}\nexport function start(names: string[]) {\n  for (const n of names) new Poller();\n}\n')).toEqual({ 3: 'high' });
    expect(confidences('class Poller {\n  constructor() {\n    setInterval(() => tick(), 1000);\n  }\n}\nexport function listen(server: any) {\n  server.on(\'request\', () => new Poller());\n}\n')).toEqual({ 3: 'high' });
  });

  it("is medium in the app's root component, mounted once for the page's life", () => {
    const code = 'class Poller {\n  constructor() {\n    setInterval(() => tick(), 1000);\n  }\n}\nexport function listen(server: any) {\n  server.on(\'request\', () => new Poller());\n}\n';
    expect(confidences(code, 'src/app/app.component.ts')).toEqual({ 3: 'medium' });
    expect(confidences(code, 'src/app/settings/settings.component.ts')).toEqual({ 3: 'high' });
  });
  it('a one-shot timer behind a guard its effect sets is low (report-only: cancelling it would drop the call)', () => {
    const guarded = "import { useEffect, useRef } from 'react';\nexport function A({ go }: { go: () => void }) {\n  const done = useRef(false);\n  useEffect(() => {\n    if (!done.current) {\n      setTimeout(go, 5);\n      done.current = true;\n    }\n  }, [go]);\n  return null;\n}\n";
    expect(confidences(guarded, 'a.tsx')).toEqual({ 6: 'low' });
    // Set only by the callback: a re-run before it fires schedules it again.
    const setLater = "import { useEffect, useRef } from 'react';\nexport function A({ go }: { go: () => void }) {\n  const done = useRef(false);\n  useEffect(() => {\n    if (!done.current) {\n      setTimeout(() => { done.current = true; go(); }, 5);\n    }\n  }, [go]);\n  return null;\n}\n";
    expect(confidences(setLater, 'a.tsx')).toEqual({ 6: 'high' });
    // Set in another branch that returns: not the run that schedules the timer.
    const otherBranch = "import { useEffect, useRef } from 'react';\nexport function A({ go, now }: { go: () => void; now: boolean }) {\n  const done = useRef(false);\n  useEffect(() => {\n    if (done.current) return;\n    if (now) {\n      done.current = true;\n      return;\n    }\n    setTimeout(go, 5);\n  }, [go, now]);\n  return null;\n}\n";
    expect(confidences(otherBranch, 'a.tsx')).toEqual({ 10: 'high' });
  });
});
