import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const meta = parse(readFileSync(join(__dirname, '..', '..', 'action.yml'), 'utf8')) as Record<string, any>;

/** test/schemas/github-action.json: GitHub's documented metadata fields, as a JSON schema. */
const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(join(__dirname, '..', 'schemas', 'github-action.json'), 'utf8')));
const errorsOf = (candidate: unknown): string[] => (validate(candidate) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`));
/** action.yml with one change. */
const changed = (change: (copy: Record<string, any>) => void): Record<string, any> => {
  const copy = structuredClone(meta);
  change(copy);
  return copy;
};

describe('action.yml (GitHub Action metadata)', () => {
  it('is valid against the metadata schema (required keys, input and output fields, a composite run, branding)', () => {
    expect(errorsOf(meta)).toEqual([]);
  });

  it('the schema rejects what GitHub rejects: a run step without shell, an input or output without description, a composite output without value, an unknown key', () => {
    expect(errorsOf(changed((copy) => delete copy.runs.steps.find((step: any) => step.run).shell))).not.toEqual([]);
    expect(errorsOf(changed((copy) => delete copy.inputs.mode.description))).not.toEqual([]);
    expect(errorsOf(changed((copy) => delete copy.outputs.report.description))).not.toEqual([]);
    expect(errorsOf(changed((copy) => delete copy.outputs.report.value))).not.toEqual([]);
    expect(errorsOf(changed((copy) => (copy.inputs.mode.required = 'no')))).not.toEqual([]);
    expect(errorsOf(changed((copy) => (copy.runs.using = 'node20')))).not.toEqual([]);
    expect(errorsOf(changed((copy) => (copy.runs.steps[0].run = 'echo both')))).not.toEqual([]);
    expect(errorsOf(changed((copy) => (copy.branding.color = 'teal')))).not.toEqual([]);
    expect(errorsOf(changed((copy) => (copy.runs.stepz = [])))).not.toEqual([]);
    expect(errorsOf(changed((copy) => delete copy.description))).not.toEqual([]);
  });

  it('the schema takes the other kinds of action GitHub documents (JavaScript on node20, Docker)', () => {
    const base = { name: 'x', description: 'y', outputs: { out: { description: 'z' } } };
    expect(errorsOf({ ...base, runs: { using: 'node20', main: 'dist/index.js', post: 'dist/post.js' } })).toEqual([]);
    expect(errorsOf({ ...base, runs: { using: 'docker', image: 'Dockerfile', args: ['--flag'] } })).toEqual([]);
  });

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
