/**
 * Meeting mode's engine (meetingEngine.ts) is a chunk of its own, so the first screen does not
 * download it (issue #9). Loaded once, as other code on demand is (app/onDemand.ts); every caller
 * shares the one module.
 */
import { useEffect, useState } from "react";
import { onDemand } from "../app/onDemand.ts";
import { loadEnglishParts } from "../i18n/catalogues.ts";

export type MeetingEngine = typeof import("./meetingEngine.ts");

// With the English messages of the story decks and the deck panels (catalogues.ts).
const engineCode = onDemand(() =>
  Promise.all([import("./meetingEngine.ts"), loadEnglishParts()]).then(([m]): MeetingEngine => m),
);

/** Loads the engine, once; a failure (the network lost) is retried by the next call. */
export const loadMeetingEngine = (): Promise<MeetingEngine> => engineCode.load();

/** Runs `run` with the engine: at once when it has loaded, else when it arrives (not at all if it cannot). */
export function withMeetingEngine(run: (e: MeetingEngine) => void): void {
  const engine = engineCode.now();
  if (engine) run(engine);
  else engineCode.load().then(run, () => undefined);
}

/**
 * The engine for a component: null until it has loaded, then the module. `wanted` starts the
 * load; `failed` tells a caller that waits for it (the loading screen) to go on without it.
 */
export function useMeetingEngine(wanted = true): { engine: MeetingEngine | null; failed: boolean } {
  const [loaded, setLoaded] = useState(engineCode.now);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || loaded) return;
    let live = true;
    engineCode.load().then(
      (m) => live && setLoaded(m),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [wanted, loaded]);
  // Loaded by someone else (withMeetingEngine, on a click before `wanted`): the next render has it.
  return { engine: loaded ?? engineCode.now(), failed };
}
