// The baseline: React and React DOM loaded and mounted, drawing nothing.
export function App() {
  return <div data-bench-empty="" />;
}
