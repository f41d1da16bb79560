'use client';

import { preloaded } from '@bodymap/content';
import { BodyMap } from '@bodymap/react';
import { use } from 'react';

// A client component that asks for the back view and the Spanish pack as it renders: the server
// waits for them before it sends the page, and the browser before it hydrates it, so both render
// the same full map. `preloaded` gives the same promise to every render.
export function SpanishBodyMap() {
  const { atlas, locales } = use(preloaded({ views: ['back'], locales: ['es'] }));
  return <BodyMap atlas={atlas} locales={locales} locale="es" defaultView="back" />;
}
