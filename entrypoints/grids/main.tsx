import { render } from 'preact';
import { GridLibraryApp } from '../../components/option-grid/GridLibraryApp';
import { gridViewPath, openExtensionTab } from '../../components/option-grid/open-tab';
import { downloadBlob } from '../../components/options-page/download-blob';
import { openDb } from '../../lib/storage/db';
import '../../components/ui/theme.css';

render(
  <GridLibraryApp
    db={openDb()}
    now={() => new Date()}
    download={({ fileName, text }) =>
      downloadBlob(document, new Blob([text], { type: 'application/json' }), fileName)
    }
    openView={(id) => openExtensionTab(gridViewPath(id))}
  />,
  document.getElementById('app')!,
);
