// Bundlers replace `process.env.NODE_ENV`, so code behind `process.env.NODE_ENV !== 'production'`
// (written out at each use, where a minifier can see it) is dropped from production bundles.
declare const process: { env: { NODE_ENV?: string } };

const warned = new Set<string>();

/** Logs a warning once per message, in development builds only. */
export function warnOnce(message: string): void {
  if (process.env.NODE_ENV === 'production') {
    return;
  }
  if (!warned.has(message)) {
    warned.add(message);
    console.warn(`[bodymap] ${message}`);
  }
}
