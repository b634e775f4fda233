import { describe, expect, it } from 'vitest';
import type { Function as FunctionNode } from '@babel/types';
import { parseSnippet } from '../../../test/helpers/ast';
import { isFunctionNode } from './scope';
import type { NodePath } from '../../core/traverse';
import { getExportNames } from './export-names';

/** The export names of the function (or method) whose name is `name`. */
function namesOf(code: string, name: string): string[] {
  const snippet = parseSnippet(code);
  const fn = snippet.find((node) => {
    if (!isFunctionNode(node)) return false;
    const named = node as { id?: { name: string } | null; key?: { name?: string } };
    return named.id?.name === name || named.key?.name === name;
  });
  return getExportNames(fn as NodePath<FunctionNode>);
}

describe('getExportNames', () => {
  it('reads the export a function is declared under', () => {
    expect(namesOf('export function wait() {}', 'wait')).toEqual(['wait']);
    expect(namesOf('export default function wait() {}', 'wait')).toEqual(['default']);
    expect(namesOf('function wait() {}', 'wait')).toEqual([]);
  });

  it("reads a const's export", () => {
    const snippet = parseSnippet('export const wait = async () => {};');
    expect(getExportNames(snippet.find((node) => node.type === 'ArrowFunctionExpression') as NodePath<FunctionNode>)).toEqual(['wait']);
  });

  it("gives a method its class's export", () => {
    expect(namesOf('export class Worker { run() {} }', 'run')).toEqual(['Worker']);
    expect(namesOf('export default class { run() {} }', 'run')).toEqual(['default']);
    expect(namesOf('class Worker { run() {} }', 'run')).toEqual([]);
  });
});
