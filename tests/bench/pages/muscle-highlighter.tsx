import { useCallback, useMemo, useState } from 'react';
import Body, { type ExtendedBodyPart, type Slug } from 'react-muscle-highlighter';

// What a click does is the app's to decide: here it highlights the part clicked, as a selection.
export function App() {
  const [slug, setSlug] = useState<Slug | undefined>();
  const data = useMemo<ExtendedBodyPart[]>(() => (slug ? [{ slug, intensity: 1 }] : []), [slug]);
  const onPress = useCallback((part: ExtendedBodyPart) => setSlug(part.slug), []);
  // 1.5 times its 200 by 400 px: as wide as the others.
  return <Body data={data} scale={1.5} onBodyPartPress={onPress} />;
}
