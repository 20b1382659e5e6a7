import { defineConfig } from "vitest/config";

/** Browser tests: real headless Chromium against the production build, one file at a time. */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/support/globalSetup.ts"],
    // The tests build what the page should show (a story deck's titles) with the app's own code,
    // synchronously: every catalogue, English's on-demand messages too, is loaded first.
    setupFiles: ["tests/setupLocales.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A part loaded on demand can take more than vitest's default second to show on a loaded
    // 2-core machine with software WebGL; a poll only waits longer when the page is slow to agree.
    expect: { poll: { timeout: 5_000 } },
  },
});
