import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STEP_COMPONENTS, stepName } from '../../../components/steps/step-components';
import { ELEMENT_REGISTRY } from '../../../lib/domain/element-registry';
import { ELEMENT_IDS } from '../../../lib/domain/elements';
import type { PlanOutput } from '../../../lib/outputs/plan-output';
import { PLAN_OUTPUTS } from '../../../lib/outputs/registry';
import { ROOT, trackedFiles } from './tracked-files';

// docs/architecture.md, "Adding an element, adding an output": the files a new element and a new
// output touch, as measured with a dummy. These keep that walk-through true of the code.
const doc = readFileSync(`${ROOT}docs/architecture.md`, 'utf8');
const start = doc.indexOf('## Adding an element, adding an output');
const section = doc.slice(start, doc.indexOf('\n## ', start + 1));
const elementPart = section.slice(section.indexOf('**A new element'), section.indexOf('**A new output'));
const outputPart = section.slice(section.indexOf('**A new output'));

/** The stated count and the file each numbered item names first. */
function walkThrough(part: string): { count: number; files: string[] } {
  const count = Number(/^\*\*A new \w+: (\d+) files?\.\*\*/.exec(part)?.[1]);
  const files = [...part.matchAll(/^\d+\. `([^`]+)`/gm)].map((m) => m[1]!);
  return { count, files };
}

/** Every path the section names in backticks; `<Name>` stands for each element's or output's name. */
const namedPaths = [...section.matchAll(/`([\w./<>-]+\/[\w.<>-]+\.[a-z]+)`/g)].map((m) => m[1]!);
const stepFiles = ELEMENT_IDS.map((id) => `components/steps/${stepName(id)}.tsx`);

const source = (file: string) => readFileSync(`${ROOT}${file}`, 'utf8');
const namesEveryElement = (text: string) =>
  ELEMENT_IDS.every((id) => new RegExp(`(^|[\\s{,])${id}\\??:`, 'm').test(text));

describe('the walk-through for adding an element or an output', () => {
  it('is in docs/architecture.md', () => {
    expect(start).toBeGreaterThan(-1);
  });

  it.each([
    ['element', elementPart, 8],
    ['output', outputPart, 2],
  ] as const)('a new %s: the count said is the number of files listed', (_kind, part, measured) => {
    const { count, files } = walkThrough(part);
    expect(count).toBe(measured);
    expect(files).toHaveLength(count);
    expect(new Set(files).size).toBe(count);
  });

  it('names only files that exist (a step file for every element, where it says <Name>)', () => {
    expect(namedPaths.length).toBeGreaterThan(10);
    const missing = namedPaths.flatMap((path) => {
      if (path === 'components/steps/<Name>Step.tsx') return stepFiles.filter((f) => !existsSync(ROOT + f));
      if (path === 'lib/outputs/<name>.ts') return [];
      return existsSync(`${ROOT}${path}`) ? [] : [path];
    });
    expect(missing).toEqual([]);
  });

  it('names every source file that lists all the elements by name', () => {
    const listing = trackedFiles()
      .filter((file) => /^(lib|components|entrypoints)\/.*\.tsx?$/.test(file))
      .filter((file) => namesEveryElement(source(file)));
    expect(listing.length).toBeGreaterThan(0);
    expect(listing.filter((file) => !namedPaths.includes(file))).toEqual([]);
  });

  it('names the registries the code reads: elements by ELEMENT_IDS, outputs by PLAN_OUTPUTS', () => {
    expect(elementPart).toContain('`ELEMENT_IDS`');
    expect(elementPart).toContain('`ELEMENT_REGISTRY`');
    expect(Object.keys(ELEMENT_REGISTRY)).toEqual([...ELEMENT_IDS]);
    expect(Object.keys(STEP_COMPONENTS)).toEqual([...ELEMENT_IDS]);
    expect(source('components/steps/step-components.ts')).not.toMatch(/import\(['"]\.\/\w+Step['"]\)/);
    expect(outputPart).toContain('`PLAN_OUTPUTS`');
    for (const reader of ['components/plan/OutputButtons.tsx', 'tests/unit/outputs/conformance.test.ts']) {
      expect(outputPart).toContain(`\`${reader}\``);
      expect(source(reader)).toMatch(/import \{ PLAN_OUTPUTS \} from '[./]+\/lib\/outputs\/registry'/);
    }
  });

  it('has every output in lib/outputs/ registered in PLAN_OUTPUTS', async () => {
    const files = trackedFiles().filter((file) => /^lib\/outputs\/[\w-]+\.ts$/.test(file));
    const outputs: PlanOutput[] = [];
    for (const file of files) {
      const exported = (await import(`../../../${file}`)) as Record<string, unknown>;
      for (const value of Object.values(exported)) {
        if (isPlanOutput(value)) outputs.push(value);
      }
    }
    expect(outputs.length).toBeGreaterThan(0);
    expect(outputs.filter((output) => !PLAN_OUTPUTS.includes(output)).map((o) => o.id)).toEqual([]);
    expect(new Set(outputs)).toEqual(new Set(PLAN_OUTPUTS));
  });
});

function isPlanOutput(value: unknown): value is PlanOutput {
  return (
    typeof value === 'object' &&
    value !== null &&
    'delivery' in value &&
    typeof (value as PlanOutput).build === 'function' &&
    typeof (value as PlanOutput).record === 'function'
  );
}
