import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const meta = parse(readFileSync(join(__dirname, '..', '..', 'action.yml'), 'utf8')) as Record<string, any>;

describe('action.yml (GitHub Action metadata)', () => {
  it('has the required top-level keys of the metadata format', () => {
    expect(typeof meta.name).toBe('string');
    expect(typeof meta.description).toBe('string');
    expect(meta.runs.using).toBe('composite');
  });

  it('declares the documented inputs, each with a description', () => {
    for (const name of ['paths', 'rules', 'mode', 'changed-only', 'fail-on', 'github-token']) {
      expect(typeof meta.inputs[name]?.description, name).toBe('string');
    }
  });

  it('gives every composite run step a shell, and every output a value', () => {
    for (const step of meta.runs.steps) {
      if (step.run !== undefined) expect(typeof step.shell, step.name).toBe('string');
      else expect(typeof step.uses).toBe('string');
    }
    for (const output of Object.values(meta.outputs) as any[]) expect(typeof output.value).toBe('string');
  });

  it('declares the outputs the script writes (counts and the report path)', () => {
    expect(Object.keys(meta.outputs).sort()).toEqual(['auto', 'findings', 'report', 'suggestions']);
  });

  it('runs the compiled src/action/main.ts with the token from the github-token input', () => {
    const step = meta.runs.steps.find((candidate: any) => candidate.id === 'run');
    expect(step.run).toContain('dist/src/action/main.js');
    expect(existsSync(join(__dirname, '..', '..', 'src', 'action', 'main.ts'))).toBe(true);
    expect(step.env.UNLEAK_TOKEN).toBe('${{ inputs.github-token }}');
  });

  it('never enables --exec-config (code from the pull request is never run)', () => {
    expect(JSON.stringify(meta.runs)).not.toContain('exec-config');
  });
});
