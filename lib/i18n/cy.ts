import type { Catalogue } from './types';

/**
 * Welsh element names and prompts (NHS Wales developed the framework). Drafted
 * by the team; a first-language Welsh speaker should review before clinical use.
 */
export const CY = {
  elements: {
    preparation: {
      name: 'Paratoi',
      purpose: "Mae'r ddwy ochr yn cyrraedd yn barod ar gyfer y cyfarfod.",
      prompts: [
        "Beth ydw i'n ei wybod yn barod am nodau'r person hwn?",
        'Allen nhw ddarllen grid opsiynau cyn i ni gyfarfod?',
        'Oes unrhyw beth a allai ei gwneud yn anodd cymryd rhan (llythrennedd, iaith, clyw, cof)?',
      ],
      why: "Mae ychydig eiliadau o baratoi yn gadael i'r cyfarfod ddechrau o'r hyn sy'n bwysig i'r claf, mewn ffordd y gallan nhw gymryd rhan ynddi.",
    },
    agenda: {
      name: 'Gosod yr agenda',
      purpose: "Cytuno gyda'n gilydd beth yw pwrpas y cyfarfod, a faint o amser sydd.",
      prompts: [
        'Mae gennym tua {minutes} munud — beth hoffech chi ei drafod heddiw?',
        'Oes unrhyw beth arall?',
        'Beth sydd bwysicaf i chi am hyn?',
        "Beth ydych chi'n ei wneud yn barod sy'n helpu?",
        'Hoffwn i hefyd siarad am …',
        'Gyda beth wnawn ni ddechrau?',
      ],
      why: "Mae enwi'r ddwy agenda yn gynnar yn osgoi'r \"un peth arall\" wrth y drws ac yn rhoi blaenoriaethau'r claf yn gyntaf.",
    },
    information: {
      name: 'Casglu gwybodaeth',
      purpose: "Llenwi'r bylchau cyn penderfynu: canlyniadau, archwiliad, amser i feddwl.",
      prompts: [
        'Beth arall sydd angen i ni ei wybod cyn penderfynu?',
        'Sut mae hyn yn effeithio ar eich bywyd o ddydd i ddydd?',
        "Hoffech chi amser i'w drafod gyda rhywun?",
      ],
      why: "Mae penderfyniadau'n gweddu'n well pan fydd amgylchiadau corfforol, emosiynol a chymdeithasol yn cael eu deall. Mae'n iawn stopio yma a pharhau wedyn.",
    },
    options: {
      name: 'Trafod opsiynau',
      purpose:
        "Cytuno ar y broblem a'r nod gofal, yna pwyso a mesur yr opsiynau go iawn, gan gynnwys gwneud dim.",
      prompts: [
        'Beth yw fy opsiynau?',
        "Beth yw'r manteision a'r niwed posibl?",
        'Pa mor debygol ydyn nhw o ddigwydd i mi?',
      ],
      why: 'Mae tri chwestiwn y claf (Shepherd a chydweithwyr, 2011) yn helpu pobl i gymryd rhan. Cynigiwch ddim ond opsiynau y gall y claf eu cyflawni.',
    },
    agreement: {
      name: 'Cytuno ar y ffordd ymlaen',
      purpose: "Penderfynu gyda'n gilydd a throi nod yn gynllun sy'n perthyn i'r claf.",
      prompts: [
        'Beth hoffech chi ei gyflawni?',
        "Beth yw'r cam cyntaf, pryd, a pha mor aml?",
        "Beth allai rwystro, a sut allech chi fynd o'i gwmpas?",
        "Pa mor hyderus ydych chi, 0 i 10, y byddwch chi'n ei wneud?",
      ],
      why: "Mae cam cyntaf penodol gyda hyder o 7 neu fwy yn llawer mwy tebygol o ddigwydd. Mae dewis dim triniaeth, gyda'r holl wybodaeth, yn ganlyniad dilys.",
    },
    implementation: {
      name: 'Gweithredu',
      purpose: 'Mae pob ochr yn gwneud ei rhan: newidiadau, atgyfeiriadau, cymorth, y ffordd yn ôl.',
      prompts: [
        'Beth allwch chi ei wneud eich hun, a beth sydd ei angen arnoch chi gennym ni?',
        'Pwy arall allai eich cefnogi (cymuned, gwirfoddol, cymheiriaid)?',
        "Sut fyddwch chi'n cysylltu eto os bydd pethau'n newid?",
      ],
      why: "Peidiwch â gwneud dros y claf yr hyn y gall ei wneud ei hun. Mae teimladau cymysg yn normal: adlewyrchwch eu manteision a'u hanfanteision eu hunain.",
    },
    review: {
      name: 'Adolygu a chamau pellach',
      purpose: "Cyfarfod eto, cymharu â'r nod a'r llinell sylfaen, a phenderfynu beth nesaf.",
      prompts: [
        'Sut aeth hi gyda …?',
        'Beth wnaeth helpu? Beth wnaeth rwystro?',
        "Ble fyddech chi'n rhoi eich hun nawr, 0 i 10?",
      ],
      why: "Mae cymharu â'r llinell sylfaen yn dangos beth newidiodd. Dal ati, addasu, rhoi cynnig ar rywbeth arall, neu orffen gyda ffordd glir yn ôl.",
    },
  },
  threads: {
    'reflective-learning': {
      name: 'Dysgu myfyriol',
      purpose: "Edrych ar eich canlyniadau eich hun a'u rhannu gyda'r tîm a gyda chleifion.",
      prompts: [
        'Beth mae fy nghanlyniadau fy hun yn ei ddweud am fudd a niwed tebygol?',
        "Beth fyddwn i'n ei wneud yn wahanol?",
      ],
    },
    'service-improvement': {
      name: 'Gwella gwasanaethau',
      purpose:
        'Rhoi cynnig ar newidiadau bach mewn cylchoedd Cynllunio–Gwneud–Astudio–Gweithredu a dysgu o ganlyniadau lleol.',
      prompts: [
        "Pa newid bach allen ni ei brofi'r wythnos nesaf?",
        "Beth ydyn ni'n rhagweld fydd yn digwydd?",
      ],
    },
  },
  careAims: {
    prevention: { name: 'Atal', description: 'Lleihau risg niwed yn y dyfodol' },
    stabilisation: { name: 'Sefydlogi', description: 'Cynnal gweithrediad, arafu dirywiad' },
    participation: { name: 'Cyfranogi', description: 'Cymryd mwy o ran mewn bywyd bob dydd' },
    resolution: { name: 'Datrys', description: 'Lles a sgiliau datrys problemau, tuag at wella' },
    improvement: { name: 'Gwelliant', description: 'Meithrin sgiliau a gweithrediad' },
    adjustment: { name: 'Addasu', description: "Dod i delerau â'r cyflwr a'i effaith" },
    comfort: { name: 'Cysur', description: 'Llai o boen neu anghysur pan na fydd y cyflwr yn newid' },
  },
  activation: {
    1: "Yn teimlo wedi'i lethu; yn tueddu i adael ei iechyd i eraill",
    2: 'Yn magu gwybodaeth a hyder; ddim yn gweithredu eto',
    3: 'Yn dechrau gweithredu a gwneud newidiadau',
    4: 'Yn cynnal newidiadau, hyd yn oed dan straen',
  },
  choices: {
    appointmentType: { 'face-to-face': 'Wyneb yn wyneb', telephone: 'Ffôn', video: 'Fideo' },
    present: {
      carer: 'Gofalwr',
      family: "Aelod o'r teulu",
      interpreter: 'Cyfieithydd',
      other: 'Rhywun arall',
    },
    planLanguage: { en: 'Saesneg (English)', cy: 'Cymraeg', both: 'Cymraeg a Saesneg' },
    agendaOwner: { patient: 'Claf', clinician: 'Clinigwr' },
    informationNextStep: {
      continue: 'Parhau a phenderfynu heddiw',
      'continue-later': 'Stopio yma a pharhau mewn apwyntiad arall',
      refer: 'Atgyfeirio',
    },
    responsible: { patient: 'Y claf', clinician: 'Y clinigwr', other: 'Rhywun arall' },
    attainment: {
      achieved: 'Wedi cyrraedd y nod',
      partly: "Wedi'i gyrraedd yn rhannol",
      'not-yet': 'Ddim eto',
      changed: "Mae'r nod wedi newid",
    },
    reviewNextStep: {
      continue: 'Dal ati',
      'new-cycle': 'Cynllun newydd (cylch arall)',
      discharge: 'Rhyddhau, gyda ffordd yn ôl i mewn',
      refer: 'Atgyfeirio',
    },
  },
} satisfies Catalogue;
