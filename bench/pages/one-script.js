// The whole of the one-script page's work: one labelled text box, as small as a script gets.
const label = document.createElement('label');
label.textContent = 'Baseline text ';
label.append(document.createElement('textarea'));
document.body.append(label);
