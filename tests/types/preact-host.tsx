/** @jsxImportSource preact */
// Compiled by `pnpm typecheck`: `<body-map>` in a Preact host, with Preact's own attribute names.
import type {} from '@bodymap/element/preact-jsx';

export function PreactHost() {
  return (
    <main>
      <body-map view="soles" locale="en" theme="dark" class="map" />
      <body-map search />
      {/* @ts-expect-error `side` is not a view */}
      <body-map view="side" />
      <body-map mode="intake" name="pain" required min={1} max={5} />
      {/* @ts-expect-error `edit` is not a mode */}
      <body-map mode="edit" />
    </main>
  );
}
