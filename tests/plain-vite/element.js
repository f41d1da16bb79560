// What a plain Vite, Vue or Svelte site writes to get the map: the element, rendered with React.
import '@bodymap/element';
