import '@bodymap/react/styles.css';
import { preload } from '@bodymap/content';
import { SpanishBodyMap } from './spanish-body-map';

// A page in Spanish that opens on the back view. This server component waits for that view and
// the Spanish pack, and hands them to the client component as plain data: the server's HTML holds
// every region of that view, named in Spanish, and the map's controls in Spanish.
export default async function Page() {
  const content = await preload({ views: ['back'], locales: ['es'] });
  return (
    <main lang="es">
      <h1>Explora el cuerpo</h1>
      <SpanishBodyMap content={content} />
    </main>
  );
}
