/**
 * The Helpdesk Digitale Zorg tree follows a practice worksheet ("Doorverwijzen naar Helpdesk
 * Digitale Zorg?", ../shared/domain.md §4): five questions in a fixed order, each "wrong" answer
 * ends in "Niet doorverwijzen" with the worksheet's reason, and every ending says where to go
 * instead. The staff voice keeps the worksheet's own wording.
 */
import i18next from 'i18next';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../web/build/content-files.ts';
import { current, outcomeOf, answer, type Session } from '../../web/engine/session.ts';
import { walkTree } from '../../web/checker/tree-paths.ts';
import { HELPDESK_PATHS } from '../fixtures/helpdesk-paths.ts';
import { content, startOn } from './harness.ts';

const TREE = 'helpdesk-digitale-zorg';

/** The worksheet, verbatim (../shared/domain.md §4). */
const WORKSHEET = {
  title: 'Doorverwijzen naar Helpdesk Digitale Zorg?',
  questions: [
    ['q-patient', 'Is de persoon (binnenkort) patiënt bij ons?'],
    ['q-medical', 'Is de vraag medisch-inhoudelijk?'],
    ['q-digital', 'Gaat de vraag over digitaal contact of digitale zorg?'],
    ['q-self-action', 'Wil of moet de patiënt hiervoor zelf actie ondernemen?'],
    ['q-willing', 'Is de patiënt ook bereid om dit zelf te doen?'],
  ],
  hints: [
    ['q-medical', 'Bijvoorbeeld een vraag over de gezondheid van jezelf, kind of ouder (mantelzorg).'],
    ['q-digital', 'Bijvoorbeeld een online portaal (MijnOmgeving), zelfmetingen of videobellen.'],
    ['q-self-action', 'Bijvoorbeeld zelf online regelen van afspraken, in plaats van bellen om het te laten doen.'],
    ['q-willing', 'met de juiste ondersteuning dit geduldig en vakkundig te begeleiden'],
  ],
  notReferred: 'Niet doorverwijzen',
  reasons: [
    [
      'o-not-patient',
      'We ondersteunen in principe alleen patiënten van deelnemende zorginstellingen. Uiteraard helpen we iedereen die contact opneemt.',
    ],
    ['o-medical-question', 'Helpdesk Digitale Zorg beantwoordt geen medisch-inhoudelijke vragen.'],
    ['o-not-digital', 'Helpdesk Digitale Zorg biedt ondersteuning bij digitale zorg en systemen die dit mogelijk maken.'],
    ['o-no-self-action', 'Onze ondersteuning is erop gericht dat patiënten, uiteindelijk, zelfstandig digitale zorg kunnen gebruiken.'],
    ['o-not-willing', 'We kunnen ondersteunen bij digitale zorg maar, niets afdwingen.'],
  ],
  referred: 'Doorverwijzen naar Helpdesk Digitale Zorg',
} as const;

const QUESTION_ORDER = WORKSHEET.questions.map(([id]) => id);
const NOT_REFERRED = WORKSHEET.reasons.map(([id]) => id);

interface Walked {
  readonly asked: string[];
  readonly session: Session;
}

/** Answer every question the tree asks from `answers`; a question without an answer fails the test. */
function walkHelpdesk(answers: Record<string, string>): Walked {
  let session = startOn(TREE, {});
  const asked: string[] = [];
  for (let here = current(session); here.kind !== 'outcome'; here = current(session)) {
    const value = answers[here.nodeId];
    if (value === undefined) expect.fail(`the tree asked "${here.nodeId}", which this walk has no answer for`);
    asked.push(here.nodeId);
    const next = answer(session, value);
    if (!next.ok) expect.fail(next.error);
    session = next.value;
  }
  return { asked, session };
}

const allYes = { 'q-patient': 'yes', 'q-medical': 'no', 'q-digital': 'yes', 'q-self-action': 'yes', 'q-willing': 'yes' };

describe('the six endings of the helpdesk tree', () => {
  /** The shared endings (also walked by the simulator and browser tests), plus "weet ik niet" on the medical question. */
  const paths = HELPDESK_PATHS;

  it('the shared paths cover six different endings', () => {
    expect(new Set(HELPDESK_PATHS.map((p) => p.outcome))).toEqual(new Set([...NOT_REFERRED, 'o-refer-helpdesk']));
  });

  it.each(paths)('$vignette → $outcome', ({ answers, outcome, channel }) => {
    const walked = walkHelpdesk(Object.fromEntries(answers));
    const reached = outcomeOf(walked.session);
    expect(reached?.nodeId).toBe(outcome);
    expect(reached?.outcome.channel).toBe(channel);
    expect(reached?.escalation).toBeUndefined();
    // Asked in the order given, and nothing more.
    expect(walked.asked).toEqual(answers.map(([question]) => question));
  });

  it('asks exactly the worksheet questions, in the worksheet order, when every answer passes', () => {
    expect(walkHelpdesk(allYes).asked).toEqual(['q-patient', 'q-medical', 'q-digital', 'q-self-action', 'q-willing']);
  });

  it('the medical hand-over leaves the urgency to the medical triage, with a 112 safety net', () => {
    const medical = outcomeOf(walkHelpdesk({ ...allYes, 'q-medical': 'yes' }).session)!.outcome;
    expect(medical.urgency).toBeUndefined();
    expect(medical.safetyNet).toBe('common:safetyNet.lifeThreat');
  });

  it('"weet ik niet" is offered only where the worksheet leaves room for doubt: the medical question', () => {
    const tree = content.planned.get(TREE)!.tree;
    const presets = Object.fromEntries(QUESTION_ORDER.map((id) => [id, (tree.nodes[id] as { options?: unknown }).options]));
    expect(presets).toEqual({
      'q-patient': 'yes-no',
      'q-medical': 'yes-no-unknown',
      'q-digital': 'yes-no',
      'q-self-action': 'yes-no',
      'q-willing': 'yes-no',
    });
  });

  it('every path through the tree ends at one of these six outcomes, and each is reached', () => {
    const tree = content.planned.get(TREE)!.tree;
    const ends = new Set<string>();
    const report = walkTree(tree, { onPath: (path) => ends.add(path.end) });
    expect(report.problems).toEqual([]);
    expect([...ends].sort()).toEqual([...NOT_REFERRED, 'o-refer-helpdesk'].sort());
    const outcomes = Object.entries(tree.nodes).filter(([, node]) => node.type === 'outcome');
    expect(outcomes.map(([id]) => id).sort()).toEqual([...ends].sort());
  });
});

describe('texts: the staff voice keeps the worksheet wording', () => {
  const t = i18next.createInstance();
  beforeAll(async () => {
    await t.init({ lng: 'nl', fallbackLng: false, resources: content.texts, interpolation: { escapeValue: false } });
  });
  const staff = (key: string, lng = 'nl') => t.t(key, { ns: TREE, lng, context: 'staff' });
  const patient = (key: string, lng = 'nl') => t.t(key, { ns: TREE, lng });
  const nl = () => content.texts.nl![TREE]!;

  it('the staff title is the worksheet title', () => {
    expect(staff('title')).toBe(WORKSHEET.title);
  });

  it.each(WORKSHEET.questions)('staff question %s is the worksheet question', (id, text) => {
    expect(nl()[`${id}.text_staff`]).toBe(text);
    expect(staff(`${id}.text`)).toBe(text);
  });

  it.each(WORKSHEET.hints)('staff hint for %s is the worksheet example', (id, text) => {
    // The worksheet prints the last hint as a lower-case fragment without a full stop.
    const normalise = (s: string) => s.toLowerCase().replace(/\.$/, '');
    expect(normalise(staff(`${id}.hint`))).toBe(normalise(text));
  });

  it.each(WORKSHEET.reasons)('%s: the reason is the worksheet reason, verbatim, in both voices', (id, reason) => {
    expect(nl()[`${id}.reason`]).toBe(reason);
    expect(nl()).not.toHaveProperty([`${id}.reason_staff`]);
    expect(staff(`${id}.reason`)).toBe(reason);
    expect(patient(`${id}.reason`)).toBe(reason);
    const tree = content.planned.get(TREE)!.tree;
    const node = tree.nodes[id];
    expect(node?.type === 'outcome' && node.advice[0]).toBe(`${id}.reason`);
  });

  it.each(NOT_REFERRED)('%s: the staff title says "Niet doorverwijzen"', (id) => {
    expect(staff(`${id}.title`).startsWith(WORKSHEET.notReferred)).toBe(true);
    expect(staff(`${id}.title`)).not.toBe(patient(`${id}.title`));
  });

  it('the referral has the staff title "Doorverwijzen naar Helpdesk Digitale Zorg"', () => {
    expect(staff('o-refer-helpdesk.title')).toBe(WORKSHEET.referred);
  });

  it.each(NOT_REFERRED)('%s: the advice also says where to go instead, in every language and voice', (id) => {
    const node = content.planned.get(TREE)!.tree.nodes[id];
    if (node?.type !== 'outcome') expect.fail(`${id} is not an outcome`);
    expect(node.advice).toContain(`${id}.instead`);
    for (const lng of Object.keys(content.texts)) {
      const insteadPatient = patient(`${id}.instead`, lng);
      expect(insteadPatient, `${lng} ${id}.instead`).not.toBe(`${id}.instead`);
      expect(insteadPatient.length).toBeGreaterThan(20);
      expect(staff(`${id}.instead`, lng).length).toBeGreaterThan(20);
      expect(insteadPatient).not.toBe(patient(`${id}.reason`, lng));
    }
  });
});

const domainFile = join(PROJECT_ROOT, '..', 'shared', 'domain.md');
describe.runIf(existsSync(domainFile))('the worksheet constants above match ../shared/domain.md §4', () => {
  const section = () => {
    const text = readFileSync(domainFile, 'utf8');
    const start = text.indexOf('## 4.');
    const end = text.indexOf('## 5.', start);
    // The markdown wraps lines and indents list items: compare with whitespace collapsed.
    return text.slice(start, end).replace(/\s+/g, ' ');
  };

  it('every quoted worksheet text appears verbatim in §4', () => {
    const quoted = [
      WORKSHEET.title,
      ...WORKSHEET.questions.map(([, q]) => q),
      ...WORKSHEET.hints.map(([, h]) => h),
      ...WORKSHEET.reasons.map(([, r]) => r),
      WORKSHEET.notReferred,
      WORKSHEET.referred,
    ];
    for (const text of quoted) expect(section(), text).toContain(text);
  });
});
