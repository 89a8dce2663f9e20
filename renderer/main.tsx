import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api';
import { App } from './App';
import { guardAgainstBidiControls } from './bidiInputGuard';
import { createAppStore, StoreContext } from './store';
import './styles/global.css';
import './styles/layout.css';
import './styles/overlays.css';
import './styles/components.css';
import './styles/glyphs.css';
// Last, after every feature's styles: printing overrides the screen layout.
import './styles/print.css';

const store = createAppStore(api);
// Ask for the project list now, while React renders the first screen, not after it.
void store.getState().loadLibrary();
guardAgainstBidiControls(document);
const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <StoreContext.Provider value={store}>
      <App />
    </StoreContext.Provider>
  </StrictMode>,
);
