import { version } from 'react';
import { version as domVersion } from 'react-dom';

// Guards the aliasing in vitest.config.ts: these tests mean nothing if React 19 slipped in.
if (!version.startsWith('18.') || !domVersion.startsWith('18.')) {
  throw new Error(`The react18 test project is running React ${version} and React DOM ${domVersion}.`);
}
