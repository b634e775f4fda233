import { describe, expect, it } from 'vitest';
import { parseSnippet } from '../../test/helpers/ast';
import { isTestDoubleImplementation } from './test-double';
import { isFunctionNode } from '../../src/analysis/syntax/scope';

const doubles = (code: string): boolean[] => {
  return parseSnippet(code, 'ts').findAll(isFunctionNode).map((path) => isTestDoubleImplementation(path));
};

describe('isTestDoubleImplementation', () => {
  it('takes the implementation of vi.fn, jest.fn, mockImplementation(Once) and callsFake', () => {
    expect(doubles('vi.fn(async () => 1);')).toEqual([true]);
    expect(doubles('jest.fn(() => 1);')).toEqual([true]);
    expect(doubles("vi.spyOn(api, 'get').mockImplementation(async (url, signal) => 1);")).toEqual([true]);
    expect(doubles('mock.mockImplementationOnce((() => 1) as never);')).toEqual([true]);
    expect(doubles("sinon.stub(api, 'get').callsFake(function () { return 1; });")).toEqual([true]);
  });

  it('leaves other callbacks alone', () => {
    expect(doubles('run(async () => 1);')).toEqual([false]);
    expect(doubles("it('works', async () => 1);")).toEqual([false]);
    expect(doubles('vi.fn(undefined, () => 1);')).toEqual([false]);
    expect(doubles('promise.then(() => 1);')).toEqual([false]);
  });
});
