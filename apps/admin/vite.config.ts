import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { inlineDocuments } from './vite-inline-documents.ts';
import { typedDocuments } from './vite-typed-documents.ts';

/**
 * `npm run build` writes dist/, which the gateway serves on its own port. `npm run dev` serves the
 * sources with hot reload and passes the API through to a gateway (`npm run dev` at the root
 * starts one on port 4000; CADRE_GATEWAY names another).
 */
const gateway = process.env.CADRE_GATEWAY ?? 'http://127.0.0.1:4000';

export default defineConfig({
  plugins: [inlineDocuments(), react(), typedDocuments()],
  server: {
    port: 5173,
    watch: { ignored: ['**/dist/**'] },
    proxy: {
      '/graphql': gateway,
      '/healthz': gateway,
      '/attachments': gateway,
      '^/cases/[^/]+/record\\.html$': gateway,
    },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 1200 },
});
