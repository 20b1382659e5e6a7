import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/invariants/**/*.test.ts"],
    environment: "node",
    // French and German load on demand in the app; the tests read them synchronously.
    setupFiles: ["tests/setupLocales.ts"],
  },
});
