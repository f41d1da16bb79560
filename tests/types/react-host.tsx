// Compiled by `pnpm typecheck`: what a React 19 host writes with `<body-map>` must type-check, and
// what it must not write must fail (each `@ts-expect-error` fails the check if its line compiles).
import type {} from '@bodymap/element/react-jsx';
import type { BodyMapElement } from '@bodymap/element';
import { useRef } from 'react';

/** A region id from the host's own state is any string. */
export function ReactHost({ region }: { region: string }) {
  const map = useRef<BodyMapElement>(null);
  return (
    <main>
      <body-map ref={map} view="back" region="lower-back-left" locale="es" theme="auto" className="map" id="body" />
      <body-map region={region} />
      <body-map search />
      {/* @ts-expect-error `search` is a boolean attribute */}
      <body-map search="yes" />
      {/* @ts-expect-error `side` is not a view */}
      <body-map view="side" />
      {/* @ts-expect-error `sepia` is not a theme */}
      <body-map theme="sepia" />
      <form>
        <body-map mode="intake" name="pain" required min={1} max={5} />
        {/* @ts-expect-error `edit` is not a mode */}
        <body-map mode="edit" />
        {/* @ts-expect-error `max` is a number of regions */}
        <body-map mode="intake" max="many" />
      </form>
    </main>
  );
}
