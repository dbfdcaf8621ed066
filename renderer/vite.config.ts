import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { layerAliases } from '../scripts/aliases.mjs';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [svelte()],
  // The renderer sees only the contract; tsconfig.json's other layers stay out of reach.
  resolve: { alias: layerAliases(['@contract']) },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome120',
    // Inline assets would become data: URLs the CSP still allows, but separate files keep caching simple.
    assetsInlineLimit: 0,
  },
});
