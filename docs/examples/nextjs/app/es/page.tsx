import '@bodymap/react/styles.css';
import { SpanishBodyMap } from './spanish-body-map';

// A page in Spanish that opens on the back view: the server's HTML holds every region of that
// view, named in Spanish, and the map's controls in Spanish.
export default function Page() {
  return (
    <main lang="es">
      <h1>Explora el cuerpo</h1>
      <SpanishBodyMap />
    </main>
  );
}
