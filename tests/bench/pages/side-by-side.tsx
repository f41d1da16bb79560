// The figures of bodymap and its peers in a row, for a picture to compare them by: bodymap's areas
// and its muscle layer, react-muscle-highlighter and react-body-highlighter, each in a column of
// the same width, drawn at the same height and captioned with its name and version. The query
// picks the view (`view=front` or `view=back`) and gives each library's version (`version.<name>`).
import { BodyMap } from '@bodymap/react';
import '@bodymap/react/styles.css';
import type { CSSProperties, ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import Model from 'react-body-highlighter';
import Body from 'react-muscle-highlighter';

/** Each column's width, and the height every figure is drawn at, in px. */
const column = 250;
const height = 500;
/** bodymap's viewBox is 300 by 640: this width draws it `height` px tall. */
const bodymapWidth = (height * 300) / 640;
/** The height of each column below its caption: bodymap's switches, the gap and its figure. */
const stage = height + 60;

const query = new URLSearchParams(location.search);
const view = query.get('view') === 'back' ? 'back' : 'front';
const version = (name: string) => query.get(`version.${name}`) ?? '';

const rowStyle: CSSProperties = { display: 'flex', justifyContent: 'center', alignItems: 'flex-start', gap: 20, padding: '20px 20px 0' };
const columnStyle: CSSProperties = { width: column, display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 12 };
const captionStyle: CSSProperties = { margin: 0, textAlign: 'center', fontSize: 14, lineHeight: 1.35, whiteSpace: 'nowrap' };

function Column({ id, name, what, children }: { id: string; name: string; what: string; children: ReactNode }) {
  return (
    <figure data-column={id} style={{ ...columnStyle, margin: 0 }}>
      <figcaption style={captionStyle}>
        <strong>{name}</strong> {version(name)}
        <br />
        <span style={{ color: '#52606a', fontSize: 12.5 }}>{what}</span>
      </figcaption>
      {/* The figures' bottoms line up, so their tops do too: bodymap's has its switches above. */}
      <div style={{ width: column, minHeight: stage, display: 'flex', alignItems: 'flex-end', justifyContent: 'center' }}>{children}</div>
    </figure>
  );
}

function App() {
  const bodymapStyle = { '--bodymap-width': `${bodymapWidth}px`, width: column } as CSSProperties;
  return (
    <div style={rowStyle}>
      <Column id="bodymap" name="@bodymap/react" what={`BodyMap, areas layer, ${view}`}>
        <BodyMap defaultView={view} style={bodymapStyle} />
      </Column>
      <Column id="bodymap-muscles" name="@bodymap/react" what={`BodyMap defaultLayer="muscles", ${view}`}>
        <BodyMap defaultView={view} defaultLayer="muscles" style={bodymapStyle} />
      </Column>
      <Column id="muscle-highlighter" name="react-muscle-highlighter" what={`Body, side="${view}"`}>
        <Body data={[]} side={view} scale={height / 400} />
      </Column>
      <Column id="body-highlighter" name="react-body-highlighter" what={`Model, type="${view === 'front' ? 'anterior' : 'posterior'}"`}>
        <Model type={view === 'front' ? 'anterior' : 'posterior'} data={[]} style={{ width: height / 2, height }} />
      </Column>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
