import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext, useApi } from './api';
import { useTheme } from './theme';
import './base.css';

/** Follows the theme setting in every window, not only where it is edited. */
function Themed({ children }: { children: ReactNode }) {
  useTheme(useApi());
  return children;
}

/** Mounts a window's root view with the preload's API in context. */
export function mount(view: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  createRoot(root).render(
    <StrictMode>
      <ApiContext.Provider value={window.unknot}>
        <Themed>{view}</Themed>
      </ApiContext.Provider>
    </StrictMode>,
  );
}
