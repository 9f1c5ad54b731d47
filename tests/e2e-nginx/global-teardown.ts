/** After the suite: stop the nginx of global-setup.ts; its logs stay in reports/e2e-nginx-{access,error}.log. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { STATE_VARIABLE } from './global-setup.ts';
import { ROOT, stopNginx, type RunningNginx } from './nginx.ts';

export default async function globalTeardown(): Promise<void> {
  const state = process.env[STATE_VARIABLE];
  if (!state) return;
  const running = JSON.parse(state) as RunningNginx;
  mkdirSync(join(ROOT, 'reports'), { recursive: true });
  await stopNginx(running, join(ROOT, 'reports', 'e2e-nginx'));
  delete process.env[STATE_VARIABLE];
}
