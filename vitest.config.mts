import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    // The build and server scripts are tested beside them too.
    include: ['geo/**/*.test.ts', 'scripts/**/*.test.mjs'],
    environment: 'node',
  },
});
