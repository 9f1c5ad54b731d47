/**
 * Before the suite: dist/ must be built already (nothing is built here); nginx is installed from
 * Debian when missing, then started with deploy/nginx.conf on ORIGIN. global-teardown.ts stops it.
 */
import { distMissing, ensureNginx, PORT, plainError, portIsFree, startNginx } from './nginx.ts';

export const STATE_VARIABLE = 'WEGWIJZER_E2E_NGINX';

export default async function globalSetup(): Promise<void> {
  const missing = distMissing();
  if (missing) throw plainError(missing);
  ensureNginx();
  if (!(await portIsFree(PORT)))
    throw plainError(`port ${PORT} on 127.0.0.1 is in use (a leftover nginx of an aborted run?): free it or set NGINX_E2E_PORT.`);
  const running = await startNginx({ port: PORT });
  // Setup and teardown run in the same runner process; the workers inherit this too.
  process.env[STATE_VARIABLE] = JSON.stringify(running);
  console.log(`[e2e-nginx] nginx ${running.pid} serves dist/ on ${running.origin} (prefix ${running.prefix})`);
}
