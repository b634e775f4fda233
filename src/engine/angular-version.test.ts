import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readAngularMajor, readVueMajor } from './angular-version';

const dirs: string[] = [];

function makeProject(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unleak-angular-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const core = (version: string): Record<string, string> => ({ 'node_modules/@angular/core/package.json': JSON.stringify({ name: '@angular/core', version }) });

afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('readAngularMajor', () => {
  it('reads the installed @angular/core first, also from a workspace root above the project', () => {
    expect(readAngularMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { '@angular/core': '^17.0.0' } }), ...core('15.2.10') }))).toBe(15);
    const root = makeProject({ 'package.json': '{}', ...core('18.1.0'), 'apps/web/package.json': '{}' });
    expect(readAngularMajor(path.join(root, 'apps/web'))).toBe(18);
  });

  it('falls back to the lowest version of the declared range, in the nearest package.json that names it', () => {
    expect(readAngularMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { '@angular/core': '~16.2.0' } }) }))).toBe(16);
    expect(readAngularMajor(makeProject({ 'package.json': JSON.stringify({ peerDependencies: { '@angular/core': '>=14.0.0 <18' } }) }))).toBe(14);
    expect(readAngularMajor(makeProject({ 'package.json': JSON.stringify({ devDependencies: { '@angular/core': '^15.0.0 || ^16.0.0' } }) }))).toBe(15);
    const root = makeProject({ '.git/HEAD': '', 'package.json': JSON.stringify({ dependencies: { '@angular/core': '13.3.0' } }), 'libs/ui/package.json': '{"name":"ui"}' });
    expect(readAngularMajor(path.join(root, 'libs/ui'))).toBe(13);
  });

  it('is null when nothing says: no Angular, a tag or URL range, or a declaration above the repository root', () => {
    expect(readAngularMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { react: '^18.0.0' } }) }))).toBeNull();
    expect(readAngularMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { '@angular/core': 'latest' } }) }))).toBeNull();
    const outer = makeProject({ 'package.json': JSON.stringify({ dependencies: { '@angular/core': '^12.0.0' } }), 'repo/.git/HEAD': '', 'repo/package.json': '{}' });
    expect(readAngularMajor(path.join(outer, 'repo'))).toBeNull();
  });
});

describe('readVueMajor', () => {
  it('reads vue the same way (installed first, else the declared range), 2 or 3 only', () => {
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { vue: '2.6.10' } }) }))).toBe(2);
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { vue: '^3.4.0' } }), 'node_modules/vue/package.json': JSON.stringify({ version: '2.7.16' }) }))).toBe(2);
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { vue: '^3.4.0' } }) }))).toBe(3);
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { vue: '^1.0.0' } }) }))).toBeNull();
    expect(readVueMajor(makeProject({ 'package.json': JSON.stringify({ dependencies: { react: '^19.0.0' } }) }))).toBeNull();
  });
});
