import { signal } from '@preact/signals-core';
import { describe, expect, it, vi } from 'vitest';
import { createHandOver, type PlanAsked, type PlanOutlets } from '../../../lib/app/hand-over';
import type { Consultation } from '../../../lib/domain/consultation';
import type { EhrContext } from '../../../lib/insert/ehr-context';
import {
  NO_MARK,
  type InsertOutcome,
  type Inserter,
  type MarkState,
} from '../../../lib/insert/insert-into-ehr';
import { insertMessage } from '../../../lib/insert/messages';
import { copyPlain } from '../../../lib/outputs/copy-plain';
import { copyRich } from '../../../lib/outputs/copy-rich';
import { downloadText } from '../../../lib/outputs/download-text';
import { insertNote } from '../../../lib/outputs/insert-note';
import { insertPatient } from '../../../lib/outputs/insert-patient';
import { patientView } from '../../../lib/outputs/patient-view';
import { textMessage } from '../../../lib/outputs/text-message';
import { buildAgreedPlan } from '../../../lib/plan/build-agreed-plan';
import { planContextFor } from '../../../lib/plan/plan-context';
import { DEFAULT_SETTINGS } from '../../../lib/settings/settings';
import { complete } from '../plan/consultations';

const UNMARKED: MarkState = NO_MARK;
const FACTS = { url: 'http://ehr.test/patients/1', title: 'EHR', banner: '' };
const MARK = {
  tabId: 7,
  documentId: null,
  token: 't',
  kind: 'textarea',
  label: 'Note',
  facts: FACTS,
} as const;
const MARKED: MarkState = { ...UNMARKED, mark: MARK, tabUrl: FACTS.url };
const REREAD: MarkState = { ...MARKED, samePatient: false };
const PAGE: EhrContext = { site: 'http://ehr.test', patientKey: 'patients/2', title: 'B', banner: 'B' };
const PLACE = {
  kind: 'textarea',
  label: 'Note',
  title: 'EHR',
  origin: 'http://ehr.test',
  banner: '',
} as const;

const agreed = (): Consultation => ({ ...complete(), id: 'c1', status: 'agreed' });
const asked = (version: 'patient' | 'note' = 'patient'): PlanAsked => ({
  choice: { version },
  planOf: (c) => buildAgreedPlan(c, planContextFor(c, DEFAULT_SETTINGS)),
});

/** A hand-over over a fake panel: an inserter answering `outcomes` in turn, outlets that keep what they got. */
function handOverWith(outcomes: InsertOutcome[] = [], consultation: Consultation | null = agreed()) {
  const insert = vi.fn(
    (_text: string, _html: string, _for: { consultationId: string; confirmed?: EhrContext }) =>
      Promise.resolve<InsertOutcome>(outcomes.shift() ?? { status: 'failed', reason: 'no more answers' }),
  );
  const inserter = {
    mark: vi.fn(() => Promise.resolve(MARKED)),
    refresh: vi.fn(() => Promise.resolve(REREAD)),
    insert,
    page: () => Promise.resolve(null),
    current: () => MARKED,
  } satisfies Inserter;
  const outlets = {
    openPatientView: vi.fn((_id: string) => Promise.resolve()),
    copyText: vi.fn((_text: string) => Promise.resolve()),
    copyHtml: vi.fn((_html: string, _text: string) => Promise.resolve()),
    download: vi.fn((_text: string, _file: { name: string; type: string }) => undefined),
  } satisfies PlanOutlets;
  const app = {
    consultation: signal(consultation),
    flush: vi.fn(() => Promise.resolve()),
    inserter: () => Promise.resolve(inserter),
    recordPlanGiven: vi.fn(),
  };
  return { handOver: createHandOver({ app, outlets }), app, outlets, insert, inserter };
}

describe('the plan panel’s hand-over', () => {
  it('inserts the clinician note into the EHR, says where, and records no copy given', async () => {
    const outcome: InsertOutcome = { status: 'failed', reason: 'the fake page refused' };
    const { handOver, insert, app } = handOverWith([outcome]);
    await handOver.send(insertNote, asked());
    expect(insert).toHaveBeenCalledTimes(1);
    const [text, , given] = insert.mock.calls[0]!;
    expect(text).toContain('Cocreate summary');
    expect(given).toEqual({ consultationId: 'c1' });
    expect(handOver.status.value).toEqual(insertMessage(outcome, agreed().patientRef));
    expect(handOver.target.value).toBe(MARKED);
    expect(app.recordPlanGiven).not.toHaveBeenCalled();
  });

  it('records the patient version as given once it is inserted into an agreed plan', async () => {
    const { handOver, app } = handOverWith([{ status: 'inserted', place: PLACE }]);
    await handOver.send(insertPatient, asked());
    expect(app.recordPlanGiven).toHaveBeenCalledWith(
      'inserted',
      expect.any(Array),
      expect.objectContaining({ consultationId: 'c1', format: 'insert' }),
    );
    expect(handOver.status.value?.ok).toBe(true);
  });

  it('asks before writing into another patient’s page, and inserts there only once confirmed', async () => {
    const question: InsertOutcome = { status: 'confirm-patient', bound: PAGE, now: PAGE, differences: [] };
    const { handOver, insert } = handOverWith([question, { status: 'inserted', place: PLACE }]);
    await handOver.send(insertNote, asked());
    expect(handOver.confirming.value).toEqual({ output: insertNote, bound: PAGE, now: PAGE });
    await handOver.confirmPatient(asked());
    expect(insert.mock.calls[1]![2]).toEqual({ consultationId: 'c1', confirmed: PAGE });
    expect(handOver.confirming.value).toBeNull();
    expect(handOver.status.value?.text).toMatch(/^Inserted into /);
  });

  it('writes nothing when the clinician says the page is not this patient', async () => {
    const question: InsertOutcome = { status: 'confirm-patient', bound: PAGE, now: PAGE, differences: [] };
    const { handOver, insert } = handOverWith([question]);
    await handOver.send(insertNote, asked());
    handOver.cancelConfirm();
    await handOver.confirmPatient(asked());
    expect(insert).toHaveBeenCalledTimes(1);
    expect(handOver.confirming.value).toBeNull();
    expect(handOver.status.value).toEqual({
      text: 'Nothing was written. Open the right patient in the EHR, click in the note field, then come back here.',
      ok: false,
    });
  });

  it.each([
    ['patient', 'Your plan', 'Cocreate summary'],
    ['note', 'Cocreate summary', 'Your plan'],
  ] as const)(
    'copies the %s version previewed as plain text and with formatting',
    async (version, words, not) => {
      const { handOver, outlets } = handOverWith();
      await handOver.send(copyPlain, asked(version));
      expect(outlets.copyText.mock.calls[0]![0]).toContain(words);
      expect(outlets.copyText.mock.calls[0]![0]).not.toContain(not);
      expect(handOver.status.value?.text).toBe(
        'Copied as plain text — click in the EHR note and press Ctrl+V.',
      );
      await handOver.send(copyRich, asked(version));
      const [html, text] = outlets.copyHtml.mock.calls[0]!;
      expect(html).toContain('<');
      expect(text).toContain(words);
      expect(handOver.status.value?.text).toBe(
        'Copied with formatting — click in the EHR note and press Ctrl+V.',
      );
    },
  );

  it('saves a download, names the file, and records the copy given', async () => {
    const { handOver, outlets, app } = handOverWith();
    await handOver.send(downloadText, asked());
    const [, file] = outlets.download.mock.calls[0]!;
    expect(file.name).toMatch(/^cocreate-plan-.*\.txt$/);
    expect(handOver.status.value?.text).toBe(`Saved ${file.name} to your downloads.`);
    expect(app.recordPlanGiven).toHaveBeenCalledWith(
      'downloaded',
      expect.any(Array),
      expect.objectContaining({ format: 'download-text' }),
    );
  });

  it('saves the last keystrokes before the patient view reads the stored consultation', async () => {
    const { handOver, outlets, app } = handOverWith();
    const order: string[] = [];
    app.flush.mockImplementation(() => Promise.resolve(void order.push('flush')));
    outlets.openPatientView.mockImplementation((id) => Promise.resolve(void order.push(`open ${id}`)));
    await handOver.send(patientView, asked());
    expect(order).toEqual(['flush', 'open c1']);
    expect(handOver.status.value?.text).toBe('Opened the patient view in a new tab.');
  });

  it('says in plain words when a way out fails, and never rejects', async () => {
    const { handOver, outlets } = handOverWith();
    outlets.copyText.mockRejectedValue(new Error('clipboard refused'));
    await expect(handOver.send(copyPlain, asked())).resolves.toBeUndefined();
    expect(handOver.status.value).toEqual({ text: 'That did not work: clipboard refused', ok: false });
  });

  it('builds what leaves from the latest consultation, not the one previewed', async () => {
    const { handOver, outlets, app } = handOverWith();
    app.consultation.value = { ...agreed(), agreement: { ...agreed().agreement, goal: 'Swim on Fridays' } };
    await handOver.send(copyPlain, asked());
    expect(outlets.copyText.mock.calls[0]![0]).toContain('Swim on Fridays');
  });

  it('does nothing without a consultation, and leaves the text message to its own box', async () => {
    const empty = handOverWith([], null);
    await empty.handOver.send(copyPlain, asked());
    expect(empty.outlets.copyText).not.toHaveBeenCalled();
    const { handOver, app } = handOverWith();
    await handOver.send(textMessage, asked());
    expect(handOver.status.value).toBeNull();
    expect(app.recordPlanGiven).not.toHaveBeenCalled();
  });

  it('records a text message copied from its box as given', () => {
    const { handOver, app } = handOverWith();
    const plan = asked().planOf(agreed());
    handOver.recordGiven({ how: 'text message', format: 'text-message' }, plan, 'Your plan…');
    expect(app.recordPlanGiven).toHaveBeenCalledWith('text message', plan.languages, {
      consultationId: 'c1',
      format: 'text-message',
      language: plan.planLanguage,
      text: 'Your plan…',
    });
  });

  it('chooses the field for this consultation, and reads the page again only for the target’s tab', async () => {
    const { handOver, inserter } = handOverWith();
    await handOver.chooseField();
    expect(inserter.mark).toHaveBeenCalledWith('c1');
    expect(handOver.target.value).toBe(MARKED);
    await handOver.followTab(99);
    expect(inserter.refresh).not.toHaveBeenCalled();
    await handOver.followTab(MARK.tabId);
    expect(handOver.target.value).toBe(REREAD);
  });
});
