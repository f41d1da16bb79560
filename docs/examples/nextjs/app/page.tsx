import '@bodymap/react/styles.css';
import { ClinicBodyMap } from './body-map';

// A server component page (Next.js App Router). The map renders on the server with every region
// of the front view, named, then hydrates in the browser; the other views load when chosen.
export default function Page() {
  return (
    <main>
      <h1>Explore the body</h1>
      <ClinicBodyMap />
    </main>
  );
}
