import { describe, expect, it } from 'vitest';
import {
  answersIntoAgenda,
  hasAnswers,
  splitReply,
  takePreparationAnswers,
} from '../../../lib/preparation/answers-into-agenda';
import { blank } from '../plan/consultations';

const ids = () => {
  let n = 0;
  return () => `p${++n}`;
};

describe('the patient’s preparation answers go straight into the agenda', () => {
  it('each line to talk about becomes a patient agenda item; what matters and what helps fill their fields', () => {
    const agenda = answersIntoAgenda(
      blank().agenda,
      {
        talkAbout: '1. My knee\n- Sleep\n\n',
        whatMatters: 'Walking the dog',
        alreadyDoing: 'Swimming on Fridays',
      },
      ids(),
    );
    expect(agenda.items).toEqual([
      { id: 'p1', text: 'My knee', owner: 'patient' },
      { id: 'p2', text: 'Sleep', owner: 'patient' },
    ]);
    expect(agenda.whatMatters).toBe('Walking the dog');
    expect(agenda.alreadyDoing).toBe('Swimming on Fridays');
  });

  it('keeps what was typed, adds after the patient’s own items and before the clinician’s, never twice', () => {
    const start = {
      ...blank().agenda,
      items: [
        { id: 'a', text: 'Blood pressure', owner: 'patient' as const },
        { id: 'b', text: 'Tablets review', owner: 'clinician' as const },
      ],
      whatMatters: 'My grandson',
    };
    const answers = { talkAbout: 'blood  pressure\nMy knee', whatMatters: 'Walking', alreadyDoing: '' };
    const once = answersIntoAgenda(start, answers, ids());
    expect(once.items.map((i) => i.text)).toEqual(['Blood pressure', 'My knee', 'Tablets review']);
    expect(once.whatMatters).toBe('My grandson\nWalking');
    const twice = answersIntoAgenda(once, answers, ids());
    expect(twice).toEqual(once);
  });

  it('says whether there is anything to add', () => {
    expect(hasAnswers({ talkAbout: ' ', whatMatters: '', alreadyDoing: '' })).toBe(false);
    expect(hasAnswers({ talkAbout: '', whatMatters: '', alreadyDoing: 'x' })).toBe(true);
  });

  it.each([
    [
      '1. My knee 2. Walking the dog 3) Swimming',
      { talkAbout: 'My knee', whatMatters: 'Walking the dog', alreadyDoing: 'Swimming' },
    ],
    ['1 knee\n2 - family\n3: tablets', { talkAbout: 'knee', whatMatters: 'family', alreadyDoing: 'tablets' }],
    ['Just my knee please', { talkAbout: 'Just my knee please', whatMatters: '', alreadyDoing: '' }],
    ['', { talkAbout: '', whatMatters: '', alreadyDoing: '' }],
  ])('splits the text reply %j by its numbers', (reply, expected) => {
    expect(splitReply(reply)).toEqual(expected);
  });
});

describe('the preparation answers as a named action', () => {
  it('lays the answers into the consultation’s agenda and touches nothing else', () => {
    const c = blank();
    let n = 0;
    const after = takePreparationAnswers(
      c,
      { talkAbout: 'My knee', whatMatters: 'Walking', alreadyDoing: '' },
      () => `p${++n}`,
    );
    expect(after.agenda.items).toEqual([{ id: 'p1', text: 'My knee', owner: 'patient' }]);
    expect(after.agenda.whatMatters).toBe('Walking');
    expect(after.options).toBe(c.options);
  });
});
