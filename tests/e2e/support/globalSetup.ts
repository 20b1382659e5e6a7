/** Serves the production build (dist/) for the browser tests, on a port of its own. */
import { existsSync } from "node:fs";
import { preview } from "vite";
import type { TestProject } from "vitest/node";

export default async function setup(project: TestProject) {
  if (!existsSync("dist/index.html"))
    throw new Error("No production build: run `npm run build` before the browser tests.");
  const server = await preview({ preview: { port: 0, strictPort: false, host: "127.0.0.1" }, logLevel: "warn" });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  project.provide("baseUrl", url);
  return async () => {
    await server.close();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
