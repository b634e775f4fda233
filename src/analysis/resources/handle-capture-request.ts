/**
 * What keeping a handle for its release is asked and what it returns, shared by the plain and the
 * Vue Options capture (in its own module so that they do not import each other).
 */
import type { Node } from '@babel/types';
import type { TextEdit } from '../../core/finding';
import type { AcquisitionHandle } from './acquisition-handle';
import type { ReleasePlace } from '../lifecycle/release-place';

/** Whether the handle can be unset when the release runs, as far as TypeScript is concerned. */
export type HandleUnset = 'never' | 'undefined' | 'null' | 'nullish';

export interface HandleCapture {
  /** Code that reads the handle at the release place: `intervalId`, `this.#intervalId`, `ref.current`. */
  text: string;
  unset: HandleUnset;
  edits: TextEdit[];
  /** A new field or `let` was declared with `handleType` (TypeScript only). */
  declaresType?: boolean;
}

export interface HandleCaptureRequest {
  place: ReleasePlace;
  handle: AcquisitionHandle;
  /** Base name for a new variable or field (`intervalId`). */
  baseName: string;
  /** TypeScript type of a new field or outer `let` (`ReturnType<typeof setInterval>`). */
  handleType: string;
  /** Names taken by other fixes of this pass, per declaring scope or class node. */
  reserved: (scope: Node) => Set<string>;
  /** The handle will be reassigned (a rescheduling loop): declare it with `let`. */
  mutable?: boolean;
}
