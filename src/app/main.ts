// The page's entry, kept small: it starts the bundle worker at once (start-load.ts), so that the worker's
// script and bundle.arrow download while the dashboard's code (mount.tsx, most of the page's script, in a
// chunk of its own) still downloads and runs. The stylesheet stays here, linked from the page itself.
import './start-load.ts';
import './index.css';

void import('./mount.tsx');
