/** A part's own class, followed by the user's `className` when one is given. */
export function partClass(own: string, className: string | undefined): string {
  return className ? `${own} ${className}` : own;
}
