import { describe, expect, it } from 'vitest';
import { htmlFileFor, isPrerendered, PRERENDERED, SHELL_FILE } from '../../web/hosting/html-files.ts';
import { pageOf } from '../../web/navigation/pages.ts';

describe('addresses', () => {
  it('name the page and the step, never the complaint; only a link from outside names the trees to start', () => {
    expect(pageOf('/')).toEqual({ kind: 'start' });
    expect(pageOf('/vragen/3')).toEqual({ kind: 'triage', step: 3 });
    expect(pageOf('/vragen')).toEqual({ kind: 'triage', step: undefined });
    expect(pageOf('/vragen/0')).toEqual({ kind: 'not-found' });
    expect(pageOf('/triage/keelpijn+hoesten')).toEqual({ kind: 'triage-entry', treeIds: 'keelpijn+hoesten' });
    expect(pageOf('/triage/keelpijn/3')).toEqual({ kind: 'triage-entry', treeIds: 'keelpijn' });
    expect(pageOf('/requests/repeat-prescription')).toEqual({ kind: 'request', request: 'repeat-prescription' });
    expect(pageOf('/requests/pizza')).toEqual({ kind: 'not-found' });
    expect(pageOf('/triage/../etc')).toEqual({ kind: 'not-found' });
  });

  it('prerenders only pages that show no answers, so a prerendered page never holds someone else’s', () => {
    for (const { path } of PRERENDERED) expect(['start', 'about'], path).toContain(pageOf(path).kind);
    expect(isPrerendered('/vragen/2')).toBe(false);
  });

  it('gives a link into a triage the shell, never the start screen', () => {
    expect(htmlFileFor('/')).toBe('index.html');
    expect(htmlFileFor('/about')).toBe('about.html');
    for (const path of ['/vragen/3', '/triage/keelpijn', '/complaints', '/requests', '/nope']) expect(htmlFileFor(path)).toBe(SHELL_FILE);
  });
});
