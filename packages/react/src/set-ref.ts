import type { ForwardedRef } from 'react';

/** Hands a node to a forwarded ref of either kind, for parts that also keep the node themselves. */
export function setRef<Node>(ref: ForwardedRef<Node>, node: Node | null): void {
  if (typeof ref === 'function') {
    ref(node);
  } else if (ref) {
    ref.current = node;
  }
}
