import { browser } from 'wxt/browser';
import { createInserter, type Inserter } from '../../lib/insert/insert-into-ehr';
import { newId } from '../../lib/ids/new-id';
import { copyText } from './clipboard';

let inserter: Inserter | null = null;

/** One inserter per sidebar page, made on first use (unit tests never touch the browser). */
export function ehrInserter(): Inserter {
  inserter ??= createInserter({
    browser,
    copyText,
    newToken: newId,
  });
  return inserter;
}
