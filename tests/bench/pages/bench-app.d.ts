// The library's app a page measures, aliased to one of the files beside this one at build time.
declare module 'bench:app' {
  export const App: import('react').ComponentType;
}
