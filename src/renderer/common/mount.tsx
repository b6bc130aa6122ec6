import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiContext } from './api';
import './base.css';

/** Mounts a window's root view with the preload's API in context. */
export function mount(view: ReactNode): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('The page has no #root element');
  createRoot(root).render(
    <StrictMode>
      <ApiContext.Provider value={window.unknot}>{view}</ApiContext.Provider>
    </StrictMode>,
  );
}
