import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['@jixiao/source'] },
  ssr: { resolve: { conditions: ['@jixiao/source'] } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
