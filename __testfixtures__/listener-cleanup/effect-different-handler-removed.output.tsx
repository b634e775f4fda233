import { useEffect } from 'react';

export function useResizeLog(): void {
  useEffect(() => {
    const handleResize1 = () => console.log('resize 1');
    const handleResize2 = () => console.log('resize 2');
    window.addEventListener('resize', handleResize1);
    return () => {
      window.removeEventListener('resize', handleResize2);
      window.removeEventListener('resize', handleResize1);
    };
  }, []);
}
