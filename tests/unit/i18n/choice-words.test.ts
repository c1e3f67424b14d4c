import { describe, expect, it } from 'vitest';
import { chosenValues } from '../../../lib/domain/choice-values';
import { ELEMENT_IDS, type ElementId } from '../../../lib/domain/elements';
import { CATALOGUES } from '../../../lib/i18n/catalogue';
import { PATIENT_WORDS, PLAN_LANGUAGE_PICKER } from '../../../lib/i18n/patient-words';
import { SETTINGS_WORDS } from '../../../lib/i18n/settings-words';
import { AUDIT_WORDS, NOTE_WORDS } from '../../../lib/i18n/record-words';
import { CHOICE_WORDS_FIELDS, LANGUAGES, type ChoiceWords } from '../../../lib/i18n/types';
import { registryChoices } from '../domain/registry-choices';

const REGISTRY = registryChoices();
/** The values a clinician can pick in a registry field, as the keys of its words. */
const keysOf = (field: string) =>
  chosenValues((REGISTRY.get(field) ?? []) as (string | number)[]).map(String);

/** Section fields worded elsewhere in the catalogue (`careAims`, `activation`), or shown by no option list. */
const WORDED_APART: Record<string, string> = {
  'options.careAims': 'catalogue careAims (name and description)',
  'agenda.activation': 'catalogue activation',
};

const lists = Object.entries(CHOICE_WORDS_FIELDS) as [keyof ChoiceWords, string][];

describe('words for every choice value, keyed by the registry’s values', () => {
  const cases = LANGUAGES.flatMap((language) =>
    lists.map(([list, field]) => [language, list, field] as const),
  );
  it.each(cases)('in %s, the panel words %s for each value of %s', (language, list, field) => {
    const words: Record<string, string> = CATALOGUES[language].choices[list];
    expect(keysOf(field).length).toBeGreaterThan(0);
    expect(Object.keys(words)).toEqual(keysOf(field));
    for (const word of Object.values(words)) expect(word.trim()).not.toBe('');
  });

  it.each(LANGUAGES)(
    'in %s, care aims and activation levels are worded for each registry value',
    (language) => {
      expect(Object.keys(CATALOGUES[language].careAims)).toEqual(keysOf('options.careAims'));
      expect(Object.keys(CATALOGUES[language].activation)).toEqual(keysOf('agenda.activation'));
    },
  );

  it('has Welsh panel words that differ from the English ones', () => {
    for (const [list] of lists) expect(CATALOGUES.cy.choices[list]).not.toEqual(CATALOGUES.en.choices[list]);
  });

  it.each([
    ['note', 'attainment', NOTE_WORDS.attainment, 'review.attainment'],
    ['note', 'reviewNextStep', NOTE_WORDS.reviewNextStep, 'review.nextStep'],
    ['note', 'supportNeeded', NOTE_WORDS.supportNeeded, 'agenda.activation'],
    ['note', 'copyWay', NOTE_WORDS.copyWay, 'copiesGiven.*.how'],
    ['audit', 'attainment', AUDIT_WORDS.attainment, 'review.attainment'],
    ['audit', 'reviewNextStep', AUDIT_WORDS.reviewNextStep, 'review.nextStep'],
    ['English patient plan', 'attainment', PATIENT_WORDS.en.attainment, 'review.attainment'],
    ['Welsh patient plan', 'attainment', PATIENT_WORDS.cy.attainment, 'review.attainment'],
    ['patient view', 'planLanguage', PLAN_LANGUAGE_PICKER, 'preparation.language'],
    ['settings page', 'planLanguage', SETTINGS_WORDS.planLanguage, 'preparation.language'],
  ])('the %s’s words %s name each value of %s', (_audience, _list, words, field) => {
    expect(Object.keys(words)).toEqual(keysOf(field));
    for (const word of Object.values(words)) expect(word.trim()).not.toBe('');
  });

  it('the settings page words each language the panel exists in', () => {
    expect(Object.keys(SETTINGS_WORDS.panelLanguage)).toEqual([...LANGUAGES]);
    for (const word of Object.values(SETTINGS_WORDS.panelLanguage)) expect(word.trim()).not.toBe('');
  });

  it('leaves no choice of the seven sections without words', () => {
    const worded = new Set([...Object.values(CHOICE_WORDS_FIELDS), ...Object.keys(WORDED_APART)]);
    const sectionChoices = [...REGISTRY.keys()].filter((path) =>
      ELEMENT_IDS.includes(path.split('.')[0] as ElementId),
    );
    expect(sectionChoices.filter((path) => !worded.has(path))).toEqual([]);
  });
});
