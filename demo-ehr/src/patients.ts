/** Two made-up patients: the demo EHR changes patient the way single-page EHRs do. */
const PATIENTS = {
  '1': { name: 'EXAMPLE, Alex (Mx)', born: 'Born 12-Mar-1961 (65y)', number: 'Demo no. 000 000 0000' },
  '2': { name: 'SAMPLE, Bea (Mrs)', born: 'Born 03-Jul-1948 (78y)', number: 'Demo no. 000 000 0002' },
} as const;
type PatientId = keyof typeof PATIENTS;

const idFrom = (search: string): PatientId =>
  new URLSearchParams(search).get('patient') === '2' ? '2' : '1';

/** Shows one patient in the banner and the tab title; the note fields stay as they are. */
function show(id: PatientId): void {
  const patient = PATIENTS[id];
  document.getElementById('banner-name')!.textContent = patient.name;
  document.getElementById('banner-born')!.textContent = patient.born;
  document.getElementById('banner-number')!.textContent = patient.number;
  document.title = `${patient.name} — Demo EHR, Riverside Surgery (made-up data)`;
}

/** The patient from the address, and a "next patient" button that switches by a route change only. */
export function mountPatients(): void {
  show(idFrom(location.search));
  document.getElementById('switch-patient')!.addEventListener('click', () => {
    const next: PatientId = idFrom(location.search) === '1' ? '2' : '1';
    history.pushState({}, '', `?patient=${next}${location.hash}`);
    show(next);
  });
  window.addEventListener('popstate', () => show(idFrom(location.search)));
}
