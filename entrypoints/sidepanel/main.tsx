import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../components/theme.css';
import { AppDb } from '../../storage/db';
import { App } from './App';

// Extension pages only read the database (the background is its only writer).
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App db={new AppDb()} />
  </StrictMode>,
);
