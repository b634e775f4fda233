function render(list) {
  console.log(list.map((proc) => proc.name).join('\n'));
}

export class Api {
  constructor(client) {
    this.client = client;
  }

  // `tool list --watch`: redrawing until the user ends the CLI is the command's whole job.
  list(opts, cb) {
    this.client.getList((err, list) => {
      if (opts && opts.rawArgs && opts.rawArgs.indexOf('--watch') > -1) {
        const show = () => this.client.getList((error, next) => render(next));
        show();
        setInterval(show, 900);
        return;
      }
      cb(null, list);
    });
  }

  // Started on an option any caller may pass, once per call: still a finding.
  monitor(opts) {
    if (opts.refresh) {
      setInterval(() => this.client.getList((error, next) => render(next)), 900);
    }
  }

  disconnect() {
    this.client.close();
  }
}
