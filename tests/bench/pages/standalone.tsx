// The smallest page that shows a library's app: what its size with React included is measured on.
import { createRoot } from 'react-dom/client';
import { App } from 'bench:app';

createRoot(document.getElementById('root')!).render(<App />);
