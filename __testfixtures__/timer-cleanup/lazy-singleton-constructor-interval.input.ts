import { StatsManager } from './stats-manager';

// A private constructor and one instance the static accessor makes on first use: the constructor
// runs once per process, and its interval lives as long as the process by intent.
export class InboxManager {
  private static instance: InboxManager;

  private waiting = 0;

  private constructor() {
    setInterval(() => {
      StatsManager.Instance.updateInboxWaiting(this.waiting);
    }, 60_000);
  }

  static get Instance() {
    return this.instance || (this.instance = new this());
  }
}

// The same with `??=` and an `if (!…)` check.
export class ViewsManager {
  private static instance?: ViewsManager;

  private constructor() {
    setInterval(() => StatsManager.Instance.flushViews(), 10_000);
  }

  static getInstance(): ViewsManager {
    if (!ViewsManager.instance) ViewsManager.instance = new ViewsManager();
    return ViewsManager.instance;
  }

  static get shared(): ViewsManager {
    return (ViewsManager.instance ??= new ViewsManager());
  }
}

// The real leak next to them: `create()` makes a new instance on every call, each with its own
// interval that nothing clears.
export class QueueStats {
  private static last?: QueueStats;

  private constructor() {
    setInterval(() => StatsManager.Instance.updateQueues(), 60_000);
  }

  static create(): QueueStats {
    QueueStats.last = new QueueStats();
    return QueueStats.last;
  }
}

// And a public constructor: anyone may make more.
export class FeedStats {
  private static instance: FeedStats;

  constructor() {
    setInterval(() => StatsManager.Instance.updateFeeds(), 60_000);
  }

  static get Instance() {
    return this.instance || (this.instance = new this());
  }
}
