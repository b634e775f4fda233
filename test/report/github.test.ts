import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunResult } from '../../src/core/finding';
import { escapeCommandData, escapeCommandProperty, formatGithub } from '../../src/report/github';
import { getReportFixture, HTML_FILE, type ReportFixture } from './fixture';

let fixture: ReportFixture;

beforeAll(async () => {
  fixture = await getReportFixture();
});

afterAll(() => fs.rmSync(fixture.dir, { recursive: true, force: true }));

interface WorkflowCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
}

function unescape(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

/** What the Actions runner does with a log: commands at line starts, none while stopped. */
function runWorkflowCommands(log: string): WorkflowCommand[] {
  const commands: WorkflowCommand[] = [];
  let stoppedUntil: string | null = null;
  for (const rawLine of log.split(/\r?\n/)) {
    const line = rawLine.trimStart();
    if (stoppedUntil !== null) {
      if (line === `::${stoppedUntil}::`) stoppedUntil = null;
      continue;
    }
    const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!match) continue;
    const [, name, props = '', data = ''] = match;
    if (name === 'stop-commands') {
      stoppedUntil = data;
      continue;
    }
    const properties: Record<string, string> = {};
    for (const pair of props.split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
    }
    commands.push({ name: name!, properties, data: unescape(data) });
  }
  return commands;
}

describe('github (workflow commands)', () => {
  test('one warning annotation per finding, with position and title', () => {
    const commands = runWorkflowCommands(formatGithub(fixture.result, fixture.context()));
    expect(commands).toHaveLength(fixture.result.findings.length);
    commands.forEach((command, i) => {
      const finding = fixture.result.findings[i]!;
      expect(command.name).toBe('warning');
      expect(command.properties.file).toBe(finding.file);
      expect(Number(command.properties.line)).toBe(finding.line);
      expect(Number(command.properties.endLine)).toBe(finding.endLine);
      expect(Number(command.properties.col)).toBe(finding.column);
      expect(command.properties.endColumn).toBe(finding.line === finding.endLine ? String(finding.endColumn) : undefined);
      expect(command.properties.title).toContain(finding.rule);
      expect(command.data.startsWith(finding.message)).toBe(true);
    });
    expect(commands.map((c) => c.properties.file)).toContain(HTML_FILE);
  });

  test('escapes data and properties as the runner expects', () => {
    expect(escapeCommandData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeCommandProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  test('file names and messages cannot inject commands or properties', () => {
    const evilFile = 'src/x,line=999\n::error::injected.ts';
    const finding = { ...fixture.result.findings[0]!, file: evilFile, message: 'leak\n::add-mask::secret\n%0A' };
    const evil: RunResult = { ...fixture.result, findings: [finding], files: [] };
    const log = formatGithub(evil, fixture.context());
    const commands = runWorkflowCommands(log);
    expect(commands).toHaveLength(1);
    expect(commands[0]!.properties.file).toBe(evilFile);
    expect(commands[0]!.properties.line).toBe(String(finding.line));
    expect(commands[0]!.data.startsWith('leak\n::add-mask::secret\n%0A')).toBe(true);
  });

  test('the readable details quote repository text only between stop-commands and its token', () => {
    const finding = { ...fixture.result.findings[0]!, file: '::error::pwned.ts' };
    const log = formatGithub({ ...fixture.result, findings: [finding], files: [] }, fixture.context());
    // The details really hold a line that would be a command...
    expect(log.split('\n').some((line) => line.startsWith('::error::pwned.ts:'))).toBe(true);
    // ...but the runner never runs it.
    expect(runWorkflowCommands(log).map((c) => c.name)).toEqual(['warning']);
    const stop = /^::stop-commands::(unleak-[0-9a-f]{32})$/m.exec(log)!;
    expect(log.trimEnd().endsWith(`::${stop[1]}::`)).toBe(true);
    // A new token each time: nothing in a file can guess it.
    expect(formatGithub(fixture.result, fixture.context())).not.toContain(stop[1]);
  });

  test('the details show each fix as removed and added lines', () => {
    const log = formatGithub(fixture.result, fixture.context());
    expect(log).toContain("    - export const up = () => fetch('/ready')");
    expect(log).toContain("    + export const up = () => fetch('/ready', { signal: AbortSignal.timeout(10_000) })");
  });

  test('run errors become annotations too', () => {
    const withError: RunResult = { ...fixture.result, findings: [], errors: [{ file: 'src/a.ts', kind: 'internal', rule: 'fetch-timeout', message: 'crashed\nstack' }] };
    const commands = runWorkflowCommands(formatGithub(withError, fixture.context()));
    expect(commands).toEqual([{ name: 'error', properties: { file: 'src/a.ts', title: 'unleak: internal error in fetch-timeout' }, data: 'crashed' }]);
  });
});
