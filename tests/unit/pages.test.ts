import { describe, expect, it } from 'vitest';
import { htmlFileFor, isPrerendered, PRERENDERED, SHELL_FILE } from '../../web/hosting/html-files.ts';
import { pageOf } from '../../web/navigation/pages.ts';

describe('addresses', () => {
  it('name the page, the tree(s) and the step, and nothing else', () => {
    expect(pageOf('/')).toEqual({ kind: 'start' });
    expect(pageOf('/triage/keelpijn+hoesten/3')).toEqual({ kind: 'triage', treeIds: 'keelpijn+hoesten', step: 3 });
    expect(pageOf('/triage/keelpijn')).toEqual({ kind: 'triage', treeIds: 'keelpijn', step: undefined });
    expect(pageOf('/requests/repeat-prescription')).toEqual({ kind: 'request', request: 'repeat-prescription' });
    expect(pageOf('/requests/pizza')).toEqual({ kind: 'not-found' });
    expect(pageOf('/triage/../etc')).toEqual({ kind: 'not-found' });
  });

  it('prerenders only pages that show no answers, so a prerendered page never holds someone else’s', () => {
    for (const { path } of PRERENDERED) expect(['start', 'about'], path).toContain(pageOf(path).kind);
    expect(isPrerendered('/triage/keelpijn/2')).toBe(false);
  });

  it('gives a link into a triage the shell, never the start screen', () => {
    expect(htmlFileFor('/')).toBe('index.html');
    expect(htmlFileFor('/about')).toBe('about.html');
    for (const path of ['/triage/keelpijn/3', '/complaints', '/requests', '/nope']) expect(htmlFileFor(path)).toBe(SHELL_FILE);
  });
});
