import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'rules/**/*.test.ts'],
    // test/cli.test.ts runs the real binary, which needs dist/: build once per run.
    globalSetup: ['test/setup/build.ts'],
  },
});
