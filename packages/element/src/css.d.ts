// Vite turns a stylesheet imported with `?inline` into its text, which the element puts in its shadow root.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
