/**
 * A fontconfig file for the browser under test: the machine's own configuration (if any) plus
 * Noto Sans from the `@expo-google-fonts/noto-sans` dependency. Map labels, the PNG/PDF canvases
 * and the UI draw with local fonts ("Noto Sans" heads the app's font stacks), so a fresh machine
 * with no font package still renders the same text, and every machine gets the same first font.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Path of the fonts.conf to hand the browser as FONTCONFIG_FILE; written once per distinct content. */
export function atlasFontconfig(): string {
  const require = createRequire(import.meta.url);
  const notoDir = dirname(require.resolve("@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf"));
  const fontsDir = dirname(notoDir);
  // Whatever config the caller meant (FONTCONFIG_FILE, e.g. an empty one to mimic a bare machine),
  // else the system's; a machine without fontconfig's package has neither, hence ignore_missing.
  const base = process.env.FONTCONFIG_FILE ?? "/etc/fonts/fonts.conf";
  const body = (cacheDir: string) => `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">${escapeXml(base)}</include>
  <dir>${escapeXml(fontsDir)}</dir>
  <cachedir>${escapeXml(cacheDir)}</cachedir>
  <!-- Debian's defaults, stated so text has the same metrics with or without a system config
       (with none, fontconfig hints fully and rounds every advance to a whole pixel). -->
  <match target="font">
    <edit name="antialias" mode="assign"><bool>true</bool></edit>
    <edit name="hinting" mode="assign"><bool>true</bool></edit>
    <edit name="hintstyle" mode="assign"><const>hintslight</const></edit>
    <edit name="rgba" mode="assign"><const>none</const></edit>
  </match>
</fontconfig>
`;
  const key = createHash("sha256").update(body("")).digest("hex").slice(0, 12);
  const dir = join(tmpdir(), `partnership-atlas-fonts-${key}-${process.getuid?.() ?? "user"}`);
  const file = join(dir, "fonts.conf");
  if (!existsSync(file)) {
    mkdirSync(join(dir, "cache"), { recursive: true });
    // Written aside and renamed: a browser started by a parallel run never reads half a file.
    const partial = `${file}.${process.pid}`;
    writeFileSync(partial, body(join(dir, "cache")));
    renameSync(partial, file);
  }
  return file;
}
