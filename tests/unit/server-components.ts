import { createElement, isValidElement, type ComponentType, type ReactNode } from 'react';

/**
 * What a React Server Components host (the Next.js App Router) does with a server component's
 * output before anything renders it for the page: HTML elements stay as they are, and each client
 * component's props cross as serialised data (JSON here) to that host's own copy of the component,
 * on the server that writes the HTML and in the browser alike. `clients` maps each client
 * component as the server component imported it to the copy that renders.
 */
export function sentToClient(node: ReactNode, clients: ReadonlyMap<unknown, ComponentType<never>>): ReactNode {
  if (Array.isArray(node)) {
    return node.map((child: ReactNode) => sentToClient(child, clients));
  }
  if (!isValidElement<{ children?: ReactNode }>(node)) {
    return node;
  }
  const key = node.key === null ? {} : { key: node.key };
  const client = clients.get(node.type);
  if (client !== undefined) {
    return createElement(client, { ...key, ...(JSON.parse(JSON.stringify(node.props)) as object) } as never);
  }
  if (typeof node.type !== 'string') {
    throw new Error('a server component rendered a component that is neither an HTML element nor a known client component');
  }
  const { children, ...props } = node.props;
  // Spread, as JSX passes the children it was written with, so that they need no keys.
  const sent = Array.isArray(children) ? children.map((child: ReactNode) => sentToClient(child, clients)) : [sentToClient(children, clients)];
  return createElement(node.type, { ...key, ...props }, ...sent);
}
