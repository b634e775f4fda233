import { createRoot } from 'react-dom/client';
import { SizeBadge } from './size-badge';

createRoot(document.getElementById('root')!).render(<SizeBadge />);
