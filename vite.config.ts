import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './web/build/content-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'web',
  publicDir: '../public',
  plugins: [preact(), contentPlugin()],
  build: { outDir: '../dist', emptyOutDir: true, target: 'es2022' },
  server: { fs: { allow: [root] } },
  preview: { port: 4173, strictPort: true },
  test: {
    root,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Component tests opt in to jsdom with a file comment; engine tests run in plain Node.
    environment: 'node',
    restoreMocks: true,
  },
});
