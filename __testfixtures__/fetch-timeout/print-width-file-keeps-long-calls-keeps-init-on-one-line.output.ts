// This file writes long calls on one line (no formatter): generated options follow that habit.
import { log } from './log';

export async function loadSettings(workspaceId: string, token: string): Promise<unknown> {
    log.debug('loading workspace settings', workspaceId, token.length, new Date().toISOString());
    const res = await fetch(`/api/workspaces/${workspaceId}/settings`, { headers: { authorization: token }, signal: AbortSignal.timeout(10_000) });
    return res.json();
}
