/**
 * `--shard i/n` (the jest/vitest/playwright convention): a CI matrix of n jobs, each running
 * unleak on a stable share of the discovered files. A file belongs to the shard given by a hash
 * of its repository-relative path (its path as reported outside git), not by discovery order,
 * so every job computes the same partition and every file is in exactly one shard.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  index: number;
  total: number;
}

/** Parses `i/n`; throws an `Error` whose message says what is wrong. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!match) throw new Error(`--shard: "${text}" must look like i/n, e.g. 1/3 (shard i of n, counted from 1)`);
  const index = Number(match[1]);
  const total = Number(match[2]);
  if (total < 1) throw new Error(`--shard: "${text}": the number of shards must be at least 1`);
  if (index < 1 || index > total) throw new Error(`--shard: "${text}": the shard index must be between 1 and ${total}`);
  return { index, total };
}

/** The shard (1-based) that owns a file, from its repository-relative path with `/`. */
export function shardOfPath(repositoryPath: string, total: number): number {
  const digest = createHash('sha1').update(repositoryPath).digest();
  return (digest.readUInt32BE(0) % total) + 1;
}
