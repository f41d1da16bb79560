import { BodyMap } from '@bodymap/react';
import '@bodymap/react/styles.css';

export function App() {
  return <BodyMap />;
}
