/**
 * How a response body is read when that matters for a deadline: streamed or downloaded whole.
 * The type the response readers share, in its own module so that they do not import each other.
 */
import type { Node } from '@babel/types';

export type ResponseReadKind =
  /** The body is consumed as it arrives: a long or endless stream. */
  | 'stream'
  /** The body is downloaded whole as binary: possibly large and slow. */
  | 'download';

export interface ResponseRead {
  kind: ResponseReadKind;
  /** What shows it, for messages: "`res.body`", "`res.blob()`", "`responseType: 'stream'`". */
  evidence: string;
  /** The node that shows it. */
  node: Node;
}
