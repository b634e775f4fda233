import { useEffect, useRef } from 'react';
import { select } from 'd3-selection';

export function Chart({ onPick }) {
  const ref = useRef(null);
  useEffect(() => {
    select(ref.current).on('click', onPick);
  }, [onPick]);
  return <svg ref={ref} />;
}
