'use client';

import { preloaded, type PreloadedContent } from '@bodymap/content';
import { BodyMap } from '@bodymap/react';

// The data the server component preloaded, put back together with the loaders of everything else,
// so that this first render (on the server and in the browser alike) draws the whole back view in
// Spanish, and each panel's text still loads when it is opened.
export function SpanishBodyMap({ content }: { content: PreloadedContent }) {
  const { atlas, locales } = preloaded(content);
  return <BodyMap atlas={atlas} locales={locales} locale="es" defaultView="back" />;
}
