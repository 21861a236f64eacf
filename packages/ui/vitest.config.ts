import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@jixiao/source'] },
  ssr: { resolve: { conditions: ['@jixiao/source'] } },
  // The pane's behaviour is tested through its hosts (apps/excel-addin: controller, Chromium e2e).
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    passWithNoTests: true,
  },
});
