/**
 * Creation stacks: captured cheaply when a resource is created, parsed only when someone
 * needs to read them (a leak report, an ignore rule, a monitor warning).
 *
 * `Error.captureStackTrace` records V8's structured frames at once and formats the text
 * lazily, on the first read of `.stack`; a resource that closes before the check is never
 * formatted at all. The temporary `Error.stackTraceLimit` is needed because Node's own frames
 * (`new Timeout`, `Server.listen` → `listenInCluster` → `setupListenHandle` → ...) can use up
 * the default ten before the user's code is reached.
 */
import path from 'node:path';
import vm from 'node:vm';

export interface StackFrame {
  /** `startPolling`, `Poller.start`, `Object.<anonymous>`, `` for an anonymous function. */
  functionName: string;
  /** File path or URL (`/src/a.ts`, `file:///src/a.mjs`, `node:net`), `` when unknown. */
  file: string;
  line: number;
  column: number;
  /** The frame as V8 printed it, without the leading `at `. */
  text: string;
}

export interface CapturedStack {
  /** Filled in by V8 on first read. */
  stack?: string;
}

/** Default number of frames captured per resource. */
export const DEFAULT_STACK_TRACE_LIMIT = 40;

/** Records the current stack without formatting it; frames above `skipAbove` are left out. */
export function captureStack(limit: number, skipAbove: (...args: never[]) => unknown): CapturedStack {
  const holder: CapturedStack = {};
  const previous = Error.stackTraceLimit;
  Error.stackTraceLimit = limit;
  Error.captureStackTrace(holder, skipAbove);
  Error.stackTraceLimit = previous;
  return holder;
}

/**
 * The frames of a captured stack. Positions come from the stack text as formatted by whoever
 * owns `Error.prepareStackTrace` (vitest and jest map them back to the TypeScript source);
 * function names come from V8's own call sites, because source-map based formatters rename
 * a frame after the identifier at its position (jest shows `startPolling`'s frame as
 * `setInterval`, the function it calls there).
 */
export function readCapturedFrames(captured: CapturedStack): StackFrame[] {
  const original = Error.prepareStackTrace;
  // Node asks this realm's Error first, then the main context's (jest runs tests in a vm
  // context and installs its source-map formatter in the main one).
  const delegate: PrepareStackTrace | undefined = original ?? getMainContextPrepareStackTrace();
  // With neither, Node formats by itself (applying --enable-source-maps); leave it to Node.
  if (!delegate && (process as { sourceMapsEnabled?: boolean }).sourceMapsEnabled) return parseStack(captured.stack);
  let callSites: readonly NodeJS.CallSite[] | undefined;
  let text: string | undefined;
  try {
    Error.prepareStackTrace = (error: Error, sites: NodeJS.CallSite[]) => {
      callSites = sites;
      return delegate ? delegate(error, sites) : formatDefault(error, sites);
    };
    text = captured.stack;
  } finally {
    Error.prepareStackTrace = original;
  }
  const frames = parseStack(text);
  if (!callSites || callSites.length !== frames.length) return frames;
  return frames.map((frame, index) => {
    const raw = NAMED_FRAME.exec(`    at ${String(callSites![index])}`);
    const functionName = raw ? raw[1]!.replace(/^async /, '') : '';
    const location = frame.line > 0 ? `${frame.file}:${frame.line}:${frame.column}` : frame.file;
    return { ...frame, functionName, text: raw ? `${raw[1]} (${location})` : location };
  });
}

let mainContextError: ErrorConstructor | null | undefined;

type PrepareStackTrace = (error: Error, callSites: NodeJS.CallSite[]) => unknown;

function getMainContextPrepareStackTrace(): PrepareStackTrace | undefined {
  if (mainContextError === undefined) {
    try {
      mainContextError = vm.runInThisContext('Error') as ErrorConstructor;
    } catch {
      mainContextError = null;
    }
  }
  return mainContextError && mainContextError !== Error ? mainContextError.prepareStackTrace : undefined;
}

function formatDefault(error: Error, sites: readonly NodeJS.CallSite[]): string {
  return `${String(error)}${sites.map((site) => `\n    at ${String(site)}`).join('')}`;
}

const NAMED_FRAME = /^\s*at (.+?) \((.+)\)$/;
const ANONYMOUS_FRAME = /^\s*at (.+)$/;
const LOCATION = /^(.*?):(\d+):(\d+)$/;

/** Parses V8's `at name (file:line:column)` lines; the first line (the message) is skipped. */
export function parseStack(stack: string | undefined): StackFrame[] {
  if (!stack) return [];
  const frames: StackFrame[] = [];
  for (const line of stack.split('\n')) {
    const named = NAMED_FRAME.exec(line);
    const anonymous = named ? null : ANONYMOUS_FRAME.exec(line);
    if (!named && !anonymous) continue;
    const functionName = named ? named[1]!.replace(/^async /, '') : '';
    const location = named ? named[2]! : anonymous![1]!.replace(/^async /, '');
    const parsed = LOCATION.exec(location);
    frames.push({
      functionName,
      file: parsed ? parsed[1]! : location,
      line: parsed ? Number(parsed[2]) : 0,
      column: parsed ? Number(parsed[3]) : 0,
      text: line.trim().slice(3),
    });
  }
  return frames;
}

/** The runtime's own files (this directory and below), never shown as a creator. */
const RUNTIME_DIR = __dirname;

/** Package folders of test runners whose frames are plumbing, not the code under test. */
const TEST_RUNNER_PATH = /[\\/]node_modules[\\/](?:vitest|@vitest[\\/][^\\/]+|tinypool|birpc|jest-[a-z-]+|@jest[\\/][^\\/]+|expect)[\\/]/;

export function isNodeInternalFrame(frame: StackFrame): boolean {
  // `node:net`, `node:internal/...`, `internal/...` (older), `<anonymous>`, `native`
  return (
    frame.file.startsWith('node:') ||
    frame.file.startsWith('internal/') ||
    frame.file === '<anonymous>' ||
    frame.file === 'native' ||
    frame.file === ''
  );
}

export function isRuntimeFrame(frame: StackFrame): boolean {
  const file = frame.file.startsWith('file://') ? safeFileUrlToPath(frame.file) : frame.file;
  return file.startsWith(RUNTIME_DIR + path.sep);
}

export function isTestRunnerFrame(frame: StackFrame): boolean {
  return TEST_RUNNER_PATH.test(frame.file);
}

/** Frames of the program itself: not Node's, not this runtime's. */
export function isUserFrame(frame: StackFrame): boolean {
  return !isNodeInternalFrame(frame) && !isRuntimeFrame(frame);
}

/** The innermost frame outside Node and this runtime: the code that called the Node API. */
export function findTopUserFrame(frames: readonly StackFrame[]): StackFrame | undefined {
  return frames.find(isUserFrame);
}

/**
 * The function to name as the creator: the innermost named function of the code under test
 * (an arrow passed to `new Promise` or an anonymous test body says little), never a
 * test-runner frame.
 */
export function findCreatorFrame(frames: readonly StackFrame[]): StackFrame | undefined {
  const candidates = frames.filter((frame) => isUserFrame(frame) && !isTestRunnerFrame(frame));
  return candidates.find((frame) => hasName(frame)) ?? candidates[0];
}

/**
 * The name to show for a frame's function. V8 prefixes the receiver's type; for a plain
 * object (`module.exports`, an options bag) that is `Object.`, which says nothing.
 */
export function getFunctionDisplayName(frame: StackFrame): string {
  if (!hasName(frame)) return '<anonymous>';
  return frame.functionName.replace(/^Object\.(?=[^<])/, '');
}

function hasName(frame: StackFrame): boolean {
  return frame.functionName !== '' && frame.functionName !== '<anonymous>';
}

/** The frames worth printing: user code only, test-runner plumbing cut off. */
export function getDisplayFrames(frames: readonly StackFrame[], max: number): StackFrame[] {
  return frames.filter((frame) => isUserFrame(frame) && !isTestRunnerFrame(frame)).slice(0, max);
}

function safeFileUrlToPath(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname);
  } catch {
    return url;
  }
}
