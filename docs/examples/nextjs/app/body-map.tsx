'use client';

import { BodyMap } from '@bodymap/react';

// A client component, because it passes a function to the map, which a server component cannot.
export function ClinicBodyMap() {
  return (
    <BodyMap
      onSelectedRegionChange={(region) => {
        if (region !== null) {
          window.history.replaceState(null, '', `?region=${region}`);
        }
      }}
    />
  );
}
