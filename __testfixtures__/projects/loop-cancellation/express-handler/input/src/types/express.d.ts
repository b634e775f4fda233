// The few parts of Express this fixture uses (the package is not installed here).
declare module 'express' {
  import type { IncomingMessage, ServerResponse } from 'node:http';
  export type Handler = (req: IncomingMessage, res: ServerResponse) => void;
  export interface App {
    get(path: string, handler: Handler): void;
  }
  export default function express(): App;
}
