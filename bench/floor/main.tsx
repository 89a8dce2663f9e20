import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

/** The least a React page can be: a heading and one button, whose click swaps a panel (the floor of a tab switch). */
function Blank() {
  const [panel, setPanel] = useState(0);
  return (
    <main>
      <h1>Blank</h1>
      <button type="button" onClick={() => setPanel((shown) => shown + 1)}>
        Next panel
      </button>
      <section data-panel={panel}>
        <h2>Panel {panel}</h2>
      </section>
    </main>
  );
}

/** The floor of typing: a plain controlled textarea holding a note as long as the bench's checklist notes. */
function PlainTextarea() {
  const [text, setText] = useState('n'.repeat(500));
  return (
    <main>
      <h1>Plain textarea</h1>
      <label>
        Notes
        <textarea rows={3} cols={80} value={text} onChange={(event) => setText(event.target.value)} />
      </label>
    </main>
  );
}

// One bundle for both floors, so each is one file like the app's entry: #textarea picks the typing floor.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(<StrictMode>{location.hash === '#textarea' ? <PlainTextarea /> : <Blank />}</StrictMode>);
}
