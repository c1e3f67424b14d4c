import type { Consultation } from './consultation';

/**
 * The patient's leaning (framework.md §4) and the option chosen (§5) are one
 * decision, made once and changeable (docs/quick-path.md, "One click chooses"):
 * picking an option anywhere both leans to it and chooses it. Choosing only the
 * grid's do-nothing options ("Not now"), after reading the options together, is the
 * informed choice of no treatment; choosing anything else, a lifestyle option
 * included, is not (docs/plan-truth.md). The plan names the option chosen either way.
 */
export function chooseOption(c: Consultation, optionId: string, on: boolean): Consultation {
  const toggled = (ids: readonly string[]) => {
    const without = ids.filter((id) => id !== optionId);
    return on ? [...without, optionId] : without;
  };
  const order = c.options.options.map((o) => o.id);
  const chosenOptionIds = toggled(c.agreement.chosenOptionIds)
    .filter((id) => order.includes(id))
    .sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return {
    ...c,
    options: { ...c.options, leaning: toggled(c.options.leaning) },
    agreement: {
      ...c.agreement,
      chosenOptionIds,
      noTreatment: onlyDoingNothing(c, chosenOptionIds),
      // Choosing is deciding: "not decided yet" no longer holds (docs/plan-truth.md).
      notDecided: on ? false : c.agreement.notDecided === true,
    },
  };
}

/**
 * The explicit "fully informed, no treatment" tick: keeps any "doing nothing"
 * option chosen and drops the rest; unticking leaves the options as they are.
 */
export function chooseNoTreatment(c: Consultation, on: boolean): Consultation {
  if (!on) return { ...c, agreement: { ...c.agreement, noTreatment: false } };
  const nothing = new Set(c.options.options.filter((o) => o.isDoNothing).map((o) => o.id));
  const keep = (ids: readonly string[]) => ids.filter((id) => nothing.has(id));
  return {
    ...c,
    options: { ...c.options, leaning: keep(c.options.leaning) },
    agreement: {
      ...c.agreement,
      noTreatment: true,
      notDecided: false,
      chosenOptionIds: keep(c.agreement.chosenOptionIds),
    },
  };
}

function onlyDoingNothing(c: Consultation, chosen: readonly string[]): boolean {
  if (chosen.length === 0) return false;
  const byId = new Map(c.options.options.map((o) => [o.id, o]));
  return chosen.every((id) => byId.get(id)?.isDoNothing === true);
}
