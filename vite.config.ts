import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';
import { contentPlugin } from './web/build/content-plugin.ts';
import { noBuildCodePlugin } from './web/build/no-build-code-plugin.ts';
import { prerenderPlugin } from './web/build/prerender-plugin.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: 'web',
  publicDir: '../public',
  plugins: [
    preact(),
    contentPlugin(),
    prerenderPlugin(),
    noBuildCodePlugin(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      // Registration is ours (web/app/sw-bridge.ts): updates wait for a session boundary.
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        // The whole app, every tree, language and practice file (dist/data/) and the icons: offline after one visit.
        globPatterns: ['**/*.{js,css,html,json,svg,png,webmanifest,txt}'],
        maximumFileSizeToCacheInBytes: 1024 * 1024,
      },
      manifest: {
        name: 'Wegwijzer: waar kun je terecht met je vraag over je gezondheid?',
        short_name: 'Wegwijzer',
        description: 'Beantwoord een paar korte vragen. Dan weet je waar je het beste terecht kunt.',
        lang: 'nl',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#0b4f6c',
        background_color: '#ffffff',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
  ],
  // The manifest lets the size report tell what the first screen and first question load.
  build: {
    outDir: '../dist',
    emptyOutDir: true,
    target: 'es2022',
    manifest: true,
    rolldownOptions: {
      output: {
        // Fewer, larger chunks compress better and cost fewer requests on a slow line: one for
        // the app frame and start screen, one for everything a triage needs to ask its questions.
        // The zod schemas stay out of both: the browser needs them only for saved sessions.
        codeSplitting: {
          groups: [
            { name: 'app', tags: ['$initial'] },
            {
              name: 'triage',
              test: /[\\/](engine[\\/](?!tree-schema|context-schema|schema-errors)|json-logic-js[\\/]|app[\\/](tree-loading|triage)\.ts|ui[\\/]pages[\\/](TriagePage|QuestionPage|InfoPage|AgeQuestion|use-triage)|ui[\\/]parts[\\/](QuestionForm|PageTop|RichText|use-tree-texts))/,
            },
          ],
        },
      },
    },
  },
  server: { fs: { allow: [root] } },
  preview: { port: 4173, strictPort: true },
  test: {
    root,
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    // Component tests opt in to jsdom with a file comment; engine tests run in plain Node.
    environment: 'node',
    // Component tests render the whole app with real trees: a second on a quiet machine, several
    // on a busy 2-core one. The limit is there to stop a hang, not to time them.
    testTimeout: 30_000,
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
  },
});
