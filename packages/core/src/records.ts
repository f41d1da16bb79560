/** A plain object, as content arriving from a page or a file should be: not null, not an array. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A value as a warning quotes it. A page can pass anything (an object without a prototype cannot
 * even become a string), so this never throws.
 */
export function describeValue(value: unknown): string {
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return typeof value;
  }
}
