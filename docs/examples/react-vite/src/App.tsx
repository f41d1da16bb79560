import { BodyMap } from '@bodymap/react';
import '@bodymap/react/styles.css';
import { useState } from 'react';

// A React app built with Vite: the map is an ordinary component.
export function App() {
  const [region, setRegion] = useState<string | null>(null);
  return (
    <main>
      <h1>Explore the body</h1>
      <BodyMap defaultView="back" selectedRegion={region} onSelectedRegionChange={setRegion} />
      <p>{region ? `Selected: ${region}` : 'Choose a region.'}</p>
    </main>
  );
}
