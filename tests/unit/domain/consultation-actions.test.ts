import { describe, expect, it } from 'vitest';
import { addChosenOption } from '../../../lib/domain/add-chosen-option';
import { chooseNoTreatment } from '../../../lib/domain/choice';
import { editSection, linkReview, markAgreed } from '../../../lib/domain/consultation-actions';
import { recordHandOverEndedEarly } from '../../../lib/collaborate/hand-over-actions';
import { blank, complete } from '../plan/consultations';

describe('consultation actions', () => {
  it('leaves its input alone', () => {
    const before = complete();
    const copy = structuredClone(before);
    markAgreed(chooseNoTreatment(before, true), false);
    editSection(before, 'agenda', { whatMatters: 'Gardening' });
    linkReview(before, { id: 'earlier', patientRef: 'ZZ 1950' });
    addChosenOption(before, 'new', 'Physiotherapy');
    recordHandOverEndedEarly(before, '2026-11-23T09:10:00.000Z');
    expect(before).toEqual(copy);
  });

  it('edits one section, keeping its other fields', () => {
    const c = complete();
    const edited = editSection(c, 'agenda', { whatMatters: 'Gardening' });
    expect(edited.agenda).toEqual({ ...c.agenda, whatMatters: 'Gardening' });
    expect(edited.agreement).toBe(c.agreement);
  });

  it('links a review and goes to it, keeping a typed reference', () => {
    const linked = linkReview(complete(), { id: 'earlier', patientRef: 'ZZ 1950' });
    expect(linked.review.previousConsultationId).toBe('earlier');
    expect(linked.currentElement).toBe('review');
    expect(linked.patientRef).toBe('AE 1961');
  });

  it.each([
    ['takes the plan’s reference when none was typed', { id: 'e', patientRef: 'AB 1980' }, 'AB 1980'],
    ['stays unnamed for a plan given without one', { id: 'e' }, ''],
  ])('links a review: %s', (_name, plan, ref) => {
    expect(linkReview(blank(), plan).patientRef).toBe(ref);
  });

  it('adds an option the patient chose and chooses it', () => {
    const c = addChosenOption(blank(), 'new', 'Physiotherapy');
    expect(c.options.options.at(-1)).toEqual({
      id: 'new',
      label: 'Physiotherapy',
      pros: '',
      cons: '',
      isDoNothing: false,
    });
    expect(c.agreement.chosenOptionIds).toEqual(['new']);
    expect(c.options.leaning).toEqual(['new']);
  });

  it('logs each hand-over left without the hold', () => {
    const once = recordHandOverEndedEarly(blank(), 'one');
    expect(recordHandOverEndedEarly(once, 'two').handOversEndedEarly).toEqual(['one', 'two']);
  });
});
