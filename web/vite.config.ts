import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [
    paraglideVitePlugin({
      project: './project.inlang',
      outdir: './src/lib/paraglide',
      // zh-CN unless the visitor chose English with the toggle (a cookie, so forms work without JS)
      strategy: ['cookie', 'baseLocale'],
      cookieName: 'jicai_lang',
    }),
    sveltekit(),
  ],
  server: { proxy: { '/api': process.env.API_ORIGIN ?? 'http://127.0.0.1:3000' } },
});
