declare const process: { env: { NODE_ENV?: string } } | undefined;

const warned = new Set<string>();

/** Logs a warning once per message, in development builds only. */
export function warnOnce(message: string): void {
  if (typeof process !== 'undefined' && process.env.NODE_ENV === 'production') {
    return;
  }
  if (!warned.has(message)) {
    warned.add(message);
    console.warn(`[bodymap] ${message}`);
  }
}
