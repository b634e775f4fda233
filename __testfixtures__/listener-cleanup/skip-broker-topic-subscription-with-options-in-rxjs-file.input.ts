import Paho from 'paho-mqtt';
import { BehaviorSubject } from 'rxjs';

// Paho's `client.subscribe(topic, options)` subscribes the client to a broker topic and returns
// nothing: the topic ends with the client (`disconnect()`), not with an `unsubscribe()` of a
// returned subscription. The file imports RxJS, but RxJS never takes an options object after
// its first argument.
export class TopicConnection {
  private client: Paho.Client | undefined;
  readonly connected$ = new BehaviorSubject(false);

  connect(url: string) {
    this.client = new Paho.Client(url, 'unleak-client');
    this.client.connect({ onSuccess: () => this.connected$.next(true) });
  }

  subscribe(topic: { name: string; qos: Paho.Qos }) {
    this.client?.subscribe(topic.name, {
      onSuccess: () => console.log('subscribed', topic.name),
      qos: topic.qos,
    });
  }

  disconnect() {
    this.client?.disconnect();
    this.connected$.next(false);
  }
}
