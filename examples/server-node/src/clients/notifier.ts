/** Outgoing notifications: Slack, PagerDuty, and the templates they use. */
import { readFile } from 'node:fs';
import ky from 'ky';
import superagent from 'superagent';

const SLACK_WEBHOOK_URL = process.env.SLACK_WEBHOOK_URL ?? 'https://hooks.slack.com/services/T000/B000/XXXX';
const PAGERDUTY_URL = 'https://events.pagerduty.com/v2/enqueue';

export interface Channel {
  kind: 'slack' | 'pagerduty';
  target: string;
}

export async function notifySlack(text: string): Promise<void> {
  // safe: superagent with a `.timeout(...)` chain has a deadline.
  await superagent.post(SLACK_WEBHOOK_URL).send({ text }).timeout({ response: 5_000, deadline: 10_000 });
}

export async function notifyPagerDuty(summary: string, routingKey: string): Promise<void> {
  // safe: ky has a default timeout (10 s).
  await ky.post(PAGERDUTY_URL, { json: { routing_key: routingKey, event_action: 'trigger', payload: { summary, severity: 'error', source: 'status' } } });
}

async function send(channel: Channel, message: string): Promise<void> {
  if (channel.kind === 'slack') await notifySlack(`${channel.target} ${message}`);
  else await notifyPagerDuty(message, channel.target);
}

/** Sends `message` to every channel. */
export function notifyAll(channels: Channel[], message: string): void {
  // leak (unconsumed-promise, auto): map(async …) drops the array of promises: failures are
  // unhandled rejections and nobody can tell when sending has finished.
  channels.map(async (channel) => {
    await send(channel, message);
  });
}

let templates: Record<string, string> = {};

function loadTemplates(done: (error: Error | null) => void): void {
  readFile(new URL('./templates.json', import.meta.url), 'utf8', (error, text) => {
    if (!error) templates = JSON.parse(text) as Record<string, string>;
    done(error);
  });
}

/** Loads the message templates ahead of the first incident. */
export function warmUpTemplates(): void {
  // leak (unconsumed-promise, auto): this promise is created and dropped (a `return` or an
  // `await` went missing): a failed load is an unhandled rejection.
  new Promise<void>((resolve, reject) => loadTemplates((error) => (error ? reject(error) : resolve())));
}

export function renderTemplate(name: string, values: Record<string, string>): string {
  return (templates[name] ?? name).replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
}
