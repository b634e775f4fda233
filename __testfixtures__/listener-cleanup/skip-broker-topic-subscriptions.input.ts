import mqtt from 'mqtt';
import { onBeforeUnmount, onMounted, ref } from 'vue';

// An MQTT client subscribes to topics; the component ends the client itself.
export function useSensor(url: string, topic: string) {
  const reading = ref('');
  const client = mqtt.connect(url);
  onMounted(() => {
    client.subscribe(topic, { qos: 1 }, (error) => {
      if (error) console.error(error);
    });
    client.subscribe('sensors/status');
  });
  onBeforeUnmount(() => {
    client.end();
  });
  return reading;
}
