/**
 * "Klopt dit advies niet?": the prefilled e-mail holds each tree's id, version and content hash
 * and the answers as "question id=answer id" in the order asked, and nothing else (no advice, no
 * age or sex, no words); the mailto: address encodes it as RFC 6068 wants; the content owner's
 * address is checked at load.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedbackMessage, mailtoHref } from '../../web/app/feedback-mail.ts';
import { loadContent } from '../../web/build/content-files.ts';
import { momentOf } from '../../web/engine/context.ts';
import { back } from '../../web/engine/session.ts';
import { ABCDE_CLEAR, content, replayed, startOn, walk } from './harness.ts';

const AT = { age: 30, sex: 'female', moment: momentOf(new Date('2026-11-24T10:00:00+01:00')) } as const;
const SORE_THROAT = { 'q-swallow': 'no', 'q-immunity': 'no', 'q-very-ill': 'no', 'q-days': 14 };

/** A tree's first line in the body: id, version and content hash, as the outcome page shows them. */
const header = (id: string) => `${id} ${content.planned.get(id)!.tree.version} ${content.planned.get(id)!.hash}`;
const answerLines = (answers: Record<string, string | number>) => Object.entries(answers).map(([q, a]) => `${q}=${a}`);

describe('the message', () => {
  const session = replayed(startOn('keelpijn', AT), { ...ABCDE_CLEAR, ...SORE_THROAT });
  const message = feedbackMessage(session);

  it('holds, per tree, its id, version and hash, then the answers in the order asked (numbers as given)', () => {
    expect(message.body.split('\r\n')).toEqual([
      header('abcde'),
      ...answerLines(ABCDE_CLEAR),
      '',
      header('keelpijn'),
      ...answerLines(SORE_THROAT),
    ]);
    expect(message.subject).toBe(`Wegwijzer: keelpijn ${content.planned.get('keelpijn')!.tree.version}`);
  });

  it('holds nothing else: no advice or question text, no age or sex, only ids, versions, hashes and answers', () => {
    const allowed = /^(|[a-z0-9-]+ \d+\.\d+\.\d+ sha256-[0-9a-f]{16}|[a-z0-9-]+=[a-z0-9.-]+)$/;
    for (const line of message.body.split('\r\n')) expect(line).toMatch(allowed);
    expect(message.subject).toMatch(/^Wegwijzer: [a-z0-9-]+ \d+\.\d+\.\d+$/);
    expect(`${message.subject}\n${message.body}`).not.toMatch(/female|vrouw|Nee|Slikken|Thuisarts/i);
  });

  it('an answer changed after going back is there once, as it is now', () => {
    const abcde = Object.values(ABCDE_CLEAR);
    // "Yes" to swallowing ends at an outcome; back, and "no" goes on to the next question.
    const changed = walk(back(walk(startOn('keelpijn', AT), ...abcde, 'yes')), 'no', 'no');
    expect(feedbackMessage(changed).body.split('\r\n').slice(-3)).toEqual([header('keelpijn'), 'q-swallow=no', 'q-immunity=no']);
  });

  it('with two complaints: a block per tree, and both named in the subject', () => {
    const both = feedbackMessage(startOn('keelpijn+hoesten', AT));
    expect(both.body.split('\r\n')).toEqual([header('abcde'), '', header('keelpijn'), '', header('hoesten')]);
    expect(both.subject).toBe(
      `Wegwijzer: keelpijn ${content.planned.get('keelpijn')!.tree.version}, hoesten ${content.planned.get('hoesten')!.tree.version}`,
    );
  });

  it('a sensitive tree is named in the subject only by its hash (a mail program shows subjects in every list)', () => {
    const sensitive = feedbackMessage(replayed(startOn('angst-paniek', AT), ABCDE_CLEAR));
    expect(sensitive.subject).toBe(`Wegwijzer: ${content.planned.get('angst-paniek')!.hash}`);
    expect(sensitive.body.split('\r\n')).toContain(header('angst-paniek'));
  });
});

describe('the mailto: address', () => {
  const message = { subject: 'Wegwijzer: keelpijn 0.4.1', body: 'abcde 1.0.0 sha256-0123456789abcdef\r\nq-breathing=no\r\n\r\nq-days=14' };
  const href = mailtoHref('vragenlijsten@example.org', message);

  it('is the owner, then a subject and a body, each percent-encoded: spaces as %20 and line breaks as %0D%0A', () => {
    expect(href).toBe(
      'mailto:vragenlijsten@example.org?subject=Wegwijzer%3A%20keelpijn%200.4.1' +
        '&body=abcde%201.0.0%20sha256-0123456789abcdef%0D%0Aq-breathing%3Dno%0D%0A%0D%0Aq-days%3D14',
    );
  });

  it('decodes to the same message, with no other field', () => {
    const [to, query] = href.slice('mailto:'.length).split('?');
    const fields = query!.split('&').map((pair) => pair.split('=').map(decodeURIComponent));
    expect(to).toBe('vragenlijsten@example.org');
    expect(Object.fromEntries(fields)).toEqual(message);
    expect(fields).toHaveLength(2);
  });
});

describe('content/deployment.json', () => {
  const problemsWith = (deployment: string | undefined) => {
    const root = mkdtempSync(join(tmpdir(), 'wegwijzer-'));
    try {
      cpSync('tests/fixtures/content/valid', root, { recursive: true });
      const file = join(root, 'content/deployment.json');
      if (deployment === undefined) rmSync(file);
      else writeFileSync(file, deployment);
      return loadContent(root).loadProblems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  };

  it('names the content owner by a plain e-mail address, or the content is refused', () => {
    expect(problemsWith('{ "contentOwner": { "email": "vragenlijsten@example.org" } }')).toEqual([]);
    expect(problemsWith('{ "contentOwner": { "email": "a@example.org?cc=b@example.org" } }')).toEqual([
      expect.stringMatching(/^content\/deployment\.json: \$\.contentOwner\.email: /),
    ]);
    expect(problemsWith('{ "contentOwner": {} }')).toEqual([
      expect.stringMatching(/^content\/deployment\.json: \$\.contentOwner\.email: required/),
    ]);
    expect(problemsWith(undefined)).toEqual(['content/deployment.json: $: file is missing']);
  });

  it('the shipped one passes', () => {
    expect(content.loadProblems).toEqual([]);
    expect(content.deployment?.contentOwner.email).toMatch(/@/);
  });
});
