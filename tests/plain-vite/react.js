// The React components' entry, imported as a React app (or a server components host) does.
export { BodyMap } from '@bodymap/react';
