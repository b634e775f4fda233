// A private method: only the class's own calls reach it, and none passes a signal: high.
export class Session {
  constructor(private readonly token: string) {}

  load(url: string) {
    return this.request(url, { headers: { authorization: this.token } });
  }

  private request(url: string, init?: RequestInit) {
    return fetch(url, init).then((response) => response.json());
  }
}
