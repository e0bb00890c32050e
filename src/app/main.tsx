import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { listenForBundleUpdates } from '../data/bundle-updates.ts';
import { useFiltersStore } from '../state/filters-store.ts';
import { App } from './app.tsx';
import './index.css';

const queryClient = new QueryClient();
listenForBundleUpdates(queryClient);

// The UI benchmark (bench/ui-bench.ts) drives the store directly when the page is opened with ?bench=1.
if (new URLSearchParams(window.location.search).has('bench')) Object.assign(window, { parleyStore: useFiltersStore });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
