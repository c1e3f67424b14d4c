import { render } from 'preact';
import { GridViewApp } from '../../components/option-grid/GridViewApp';
import { openDb } from '../../lib/storage/db';
import '../../components/ui/theme.css';

// An unlisted page: opened from the sidebar's "Show to patient" and "Print" (issue 4).
const params = new URLSearchParams(location.search);
render(
  <GridViewApp
    db={openDb()}
    id={params.get('id') ?? ''}
    printOnOpen={params.get('print') === '1'}
    print={() => window.print()}
  />,
  document.getElementById('app')!,
);
