// The dashboard itself, loaded by main.ts once the bundle worker has started.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bundleQueryOptions } from '../data/bundle-query.ts';
import { listenForBundleUpdates } from '../data/bundle-updates.ts';
import { useFiltersStore } from '../state/filters-store.ts';
import { App } from './app.tsx';
import { exposeToBench } from './bench-handles.ts';

const queryClient = new QueryClient();
listenForBundleUpdates(queryClient);
// The bundle starts loading now, not once React has mounted the page.
void queryClient.prefetchQuery(bundleQueryOptions);

exposeToBench('parleyStore', useFiltersStore);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
