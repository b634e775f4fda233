import { useEffect, useState } from 'react';
import { connect } from './broker';

export function Ticker({ url }: { url: string }) {
  const [price, setPrice] = useState(0);
  useEffect(() => {
    const client = connect(url);
    client.on('price', (value: number) => setPrice(value));
    return () => {
      client.disconnect();
    };
  }, [url]);
  return <span>{price}</span>;
}
