/** @jsxImportSource preact */
// Compiled by `pnpm typecheck`: `<body-map>` in a Preact host, with Preact's own attribute names.
import type {} from '@bodymap/element/preact-jsx';

export function PreactHost() {
  return (
    <main>
      <body-map view="soles" locale="en" theme="dark" class="map" />
      {/* @ts-expect-error `side` is not a view */}
      <body-map view="side" />
    </main>
  );
}
