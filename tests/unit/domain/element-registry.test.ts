import { describe, expect, it } from 'vitest';
import { loadStep, STEP_COMPONENTS, stepName } from '../../../components/steps/step-components';
import {
  ELEMENT_REGISTRY,
  ELEMENTS,
  THREAD_IDS,
  hasAnyContent,
  pathElements,
  stepAlong,
} from '../../../lib/domain/element-registry';
import { isElementUsed } from '../../../lib/domain/element-used';
import { ELEMENT_IDS, QUICK_PATH } from '../../../lib/domain/elements';
import { newConsultation } from '../../../lib/domain/new-consultation';
import { CATALOGUES } from '../../../lib/i18n/catalogue';
import { LANGUAGES } from '../../../lib/i18n/types';

const blank = () => newConsultation({ id: 'c1', now: new Date(0), path: 'quick', plannedMinutes: 10 });

describe('the element registry (framework.md, "The seven elements")', () => {
  it('lists the seven elements in framework order, numbered 1 to 7', () => {
    expect(ELEMENTS.map((e) => e.id)).toEqual([...ELEMENT_IDS]);
    expect(ELEMENTS.map((e) => e.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it.each(ELEMENT_IDS)('%s has a step component', (id) => {
    expect(typeof STEP_COMPONENTS[id]).toBe('function');
  });

  it.each(ELEMENT_IDS)('%s loads its step component from the file named after it', async (id) => {
    const component = await loadStep(id);
    expect(typeof component).toBe('function');
    expect(component.name).toBe(stepName(id));
  });

  it('has no step component for an element that is not registered', () => {
    expect(Object.keys(STEP_COMPONENTS).sort()).toEqual([...ELEMENT_IDS].sort());
  });

  it.each(ELEMENT_IDS)('%s captures only fields its consultation section has', (id) => {
    const section = blank()[id] as object;
    const fields = ELEMENT_REGISTRY[id].fields as readonly string[];
    expect(fields.length).toBeGreaterThan(0);
    for (const field of fields) expect(section).toHaveProperty(field);
  });

  const cases = LANGUAGES.flatMap((language) => ELEMENT_IDS.map((id) => [language, id] as const));
  it.each(cases)('in %s, %s has a name, purpose, one-line prompts and "why this matters"', (language, id) => {
    const strings = CATALOGUES[language].elements[id];
    expect(strings.name.trim()).not.toBe('');
    expect(strings.purpose.trim()).not.toBe('');
    expect(strings.why.trim()).not.toBe('');
    expect(strings.prompts.length).toBeGreaterThan(0);
    for (const prompt of strings.prompts) {
      expect(prompt.trim()).not.toBe('');
      expect(prompt).not.toContain('\n');
    }
  });

  it.each(LANGUAGES)(
    'in %s, the two threads, seven care aims and four activation levels have words',
    (language) => {
      const strings = CATALOGUES[language];
      for (const thread of THREAD_IDS) expect(strings.threads[thread].name.trim()).not.toBe('');
      expect(Object.values(strings.careAims)).toHaveLength(7);
      for (const aim of Object.values(strings.careAims)) {
        expect(aim.name.trim()).not.toBe('');
        expect(aim.description.trim()).not.toBe('');
      }
      expect(Object.keys(strings.activation)).toEqual(['1', '2', '3', '4']);
    },
  );

  it('has Welsh words that differ from the English ones', () => {
    for (const id of ELEMENT_IDS) {
      expect(CATALOGUES.cy.elements[id].name).not.toBe(CATALOGUES.en.elements[id].name);
      expect(CATALOGUES.cy.elements[id].why).not.toBe(CATALOGUES.en.elements[id].why);
    }
  });
});

describe('paths through the elements', () => {
  it('walks agenda → options → agreement on the quick path', () => {
    expect(pathElements('quick')).toEqual(QUICK_PATH);
    expect(stepAlong('quick', 'agenda', 1)).toBe('options');
    expect(stepAlong('quick', 'options', 1)).toBe('agreement');
    expect(stepAlong('quick', 'agreement', 1)).toBeNull();
    expect(stepAlong('quick', 'agenda', -1)).toBeNull();
  });

  it.each([
    ['preparation', 1, 'agenda'],
    ['information', 1, 'options'],
    ['information', -1, 'agenda'],
    ['implementation', 1, null],
    ['implementation', -1, 'agreement'],
    ['review', -1, 'agreement'],
  ] as const)('from %s off the quick path, step %i goes to %s', (from, step, to) => {
    expect(stepAlong('quick', from, step)).toBe(to);
  });

  it('walks all seven on the full path', () => {
    expect(pathElements('full')).toEqual(ELEMENT_IDS);
    expect(stepAlong('full', 'preparation', 1)).toBe('agenda');
    expect(stepAlong('full', 'review', 1)).toBeNull();
  });
});

describe('what counts as captured', () => {
  it('counts nothing in a blank consultation, not even the planned length', () => {
    const c = { ...blank(), preparation: { ...blank().preparation, plannedMinutes: 20 } };
    expect(ELEMENT_IDS.filter((id) => isElementUsed(c, id))).toEqual([]);
    expect(hasAnyContent(c)).toBe(false);
  });

  it('marks only the element where something was typed', () => {
    const c = blank();
    const typed = { ...c, agenda: { ...c.agenda, whatMatters: 'Walking the dog' } };
    expect(ELEMENT_IDS.filter((id) => isElementUsed(typed, id))).toEqual(['agenda']);
    expect(hasAnyContent(typed)).toBe(true);
  });

  it('counts a patient reference alone as content worth keeping', () => {
    expect(hasAnyContent({ ...blank(), patientRef: 'JS 1970' })).toBe(true);
  });
});
