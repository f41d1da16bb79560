// Bundlers replace `process.env.NODE_ENV`, so code behind `process.env.NODE_ENV !== 'production'`
// (written out at each use, where a minifier can see it) is dropped from production bundles.
declare const process: { env: { NODE_ENV?: string } };

const warned = new Set<string>();

/**
 * A prop's value as a warning quotes it. Messages are built in every build, and a page can pass
 * anything (an object without a prototype cannot even become a string), so this never throws.
 */
export function shown(value: unknown): string {
  if (typeof value === 'string') {
    return JSON.stringify(value);
  }
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}

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
