import type { Catalogue } from './types';

/** English element names and prompts, restating docs/framework.md in short nudges. */
export const EN = {
  elements: {
    preparation: {
      name: 'Preparation',
      purpose: 'Both sides arrive ready for the meeting.',
      prompts: [
        "What do I already know about this person's goals?",
        'Could they read an option grid before we meet?',
        'Anything that might make taking part hard (literacy, language, hearing, memory)?',
      ],
      why: 'A few seconds of preparation lets the meeting start from what matters to the patient, in a way they can take part in.',
    },
    agenda: {
      name: 'Agenda setting',
      purpose: 'Agree together what this meeting is for, and how long there is.',
      prompts: [
        'We have about {minutes} minutes — what would you like to cover today?',
        'Is there anything else?',
        'What matters most to you about this?',
        'What are you already doing that helps?',
        "I'd also like to talk about …",
        'Which shall we start with?',
      ],
      why: 'Naming both agendas early avoids the "one more thing" at the door and puts the patient\'s priorities first.',
    },
    information: {
      name: 'Information gathering',
      purpose: 'Fill what is missing before deciding: results, examination, time to think.',
      prompts: [
        'What else do we need to know before deciding?',
        'How is this affecting your day-to-day life?',
        'Would you like time to talk it over with anyone?',
      ],
      why: 'Decisions fit better when physical, emotional and social circumstances are understood. It is fine to stop here and continue later.',
    },
    options: {
      name: 'Discussing options',
      purpose: 'Agree the problem and the care aim, then weigh the real options, including doing nothing.',
      prompts: [
        'What are my options?',
        'What are the possible benefits and harms?',
        'How likely are they to happen to me?',
      ],
      why: "The patient's three questions (Shepherd and colleagues, 2011) help people take part. Only offer options the patient can actually achieve.",
    },
    agreement: {
      name: 'Agreeing the way forward',
      purpose: 'Decide together and turn a goal into a plan the patient owns.',
      prompts: [
        'What would you like to achieve?',
        'What is the first step, when, and how often?',
        'What might get in the way, and how could you get round it?',
        'How confident are you, 0 to 10, that you will do it?',
      ],
      why: 'A specific first step with a confidence of 7 or more is far more likely to happen. Choosing no treatment, fully informed, is a valid outcome.',
    },
    implementation: {
      name: 'Implementation',
      purpose: 'Each side does their part: changes, referrals, support, the way back in.',
      prompts: [
        'What can you do yourself, and what do you need from us?',
        'Who else could support you (community, voluntary, peer groups)?',
        'How will you get back in touch if things change?',
      ],
      why: 'Avoid doing for the patient what they can do themselves. Ambivalence is normal: reflect back their own pros and cons.',
    },
    review: {
      name: 'Review and further actions',
      purpose: 'Meet again, compare with the goal and the baseline, and decide what next.',
      prompts: [
        'How did it go with …?',
        'What helped? What got in the way?',
        'Where would you put yourself now, 0 to 10?',
      ],
      why: 'Comparing with the baseline shows what changed. Keep going, adjust, try something else, or end with a clear way back in.',
    },
  },
  threads: {
    'reflective-learning': {
      name: 'Reflective learning',
      purpose: 'Look at your own outcomes and share them with the team and with patients.',
      prompts: ['What do my own results say about likely benefit and harm?', 'What would I do differently?'],
    },
    'service-improvement': {
      name: 'Service improvement',
      purpose: 'Try small changes in Plan–Do–Study–Act cycles and learn from local results.',
      prompts: ['What small change could we test next week?', 'What do we predict will happen?'],
    },
  },
  careAims: {
    prevention: { name: 'Prevention', description: 'Lower the risk of future harm' },
    stabilisation: { name: 'Stabilisation', description: 'Hold function, slow decline' },
    participation: { name: 'Participation', description: 'Take part more in daily life' },
    resolution: { name: 'Resolution', description: 'Well-being and problem-solving skills, towards cure' },
    improvement: { name: 'Improvement', description: 'Build skills and function' },
    adjustment: { name: 'Adjustment', description: 'Come to terms with the condition and its impact' },
    comfort: { name: 'Comfort', description: "Less pain or discomfort when the condition won't change" },
  },
  // A plain clinician estimate, never the licensed Patient Activation Measure wording (framework.md).
  activation: {
    1: 'Feels overwhelmed; tends to leave their health to others',
    2: 'Building knowledge and confidence; not yet acting',
    3: 'Starting to take action and make changes',
    4: 'Keeping changes going, even under stress',
  },
  choices: {
    appointmentType: { 'face-to-face': 'Face to face', telephone: 'Telephone', video: 'Video' },
    present: { carer: 'Carer', family: 'Family member', interpreter: 'Interpreter', other: 'Someone else' },
    planLanguage: { en: 'English', cy: 'Cymraeg (Welsh)', both: 'English and Welsh' },
    agendaOwner: { patient: 'Patient', clinician: 'Clinician' },
    informationNextStep: {
      continue: 'Carry on and decide today',
      'continue-later': 'Stop here and continue at another appointment',
      refer: 'Refer on',
    },
    responsible: { patient: 'The patient', clinician: 'The clinician', other: 'Someone else' },
    attainment: {
      achieved: 'Goal achieved',
      partly: 'Partly achieved',
      'not-yet': 'Not yet',
      changed: 'Goal changed',
    },
    reviewNextStep: {
      continue: 'Keep going',
      'new-cycle': 'New plan (another cycle)',
      discharge: 'Discharge, with a way back in',
      refer: 'Refer on',
    },
  },
} satisfies Catalogue;
