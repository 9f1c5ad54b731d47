import { describe, expect, it } from 'vitest';
import { htmlFileFor, isStaticPage, PRERENDERED, routeOf, SHELL_FILE } from '../../web/ui/routes.ts';

describe('which page answers an address', () => {
  it('reads each address of the app, and nothing else', () => {
    expect(routeOf('/')).toEqual({ page: 'start' });
    expect(routeOf('/triage/keelpijn+hoesten/3')).toEqual({ page: 'triage', treeIds: 'keelpijn+hoesten', step: 3 });
    expect(routeOf('/triage/keelpijn')).toEqual({ page: 'triage', treeIds: 'keelpijn', step: undefined });
    expect(routeOf('/requests/repeat-prescription')).toEqual({ page: 'request', request: 'repeat-prescription' });
    expect(routeOf('/requests/pizza')).toEqual({ page: 'not-found' });
    expect(routeOf('/triage/../etc')).toEqual({ page: 'not-found' });
  });

  it('prerenders only pages that show no answers, so a prerendered page never holds someone else’s', () => {
    for (const { path } of PRERENDERED) expect(isStaticPage(routeOf(path)), path).toBe(true);
    expect(isStaticPage(routeOf('/triage/keelpijn/2'))).toBe(false);
  });

  it('gives a link into a triage the shell, never the start screen', () => {
    expect(htmlFileFor('/')).toBe('index.html');
    expect(htmlFileFor('/about')).toBe('about.html');
    for (const path of ['/triage/keelpijn/3', '/complaints', '/requests', '/nope']) expect(htmlFileFor(path)).toBe(SHELL_FILE);
  });
});
