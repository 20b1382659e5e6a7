import { useEffect, useState } from "react";

/** Files dropped anywhere on the page; `dragging` while files are held over it. */
export function useFileDrop(onFiles: (files: FileList) => void, enabled: boolean): boolean {
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    let depth = 0;
    const hasFiles = (e: DragEvent) => [...(e.dataTransfer?.types ?? [])].includes("Files");
    const enter = (e: DragEvent) => {
      if (!hasFiles(e) || !enabled) return;
      depth++;
      setDragging(true);
    };
    const over = (e: DragEvent) => {
      // Without this the browser would open the file itself and leave the atlas.
      if (hasFiles(e)) e.preventDefault();
    };
    const leave = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      depth = Math.max(depth - 1, 0);
      if (depth === 0) setDragging(false);
    };
    const drop = (e: DragEvent) => {
      if (!hasFiles(e)) return;
      // Even when opening is off (meeting mode), a dropped file must not make the browser leave the atlas.
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (enabled && e.dataTransfer?.files.length) onFiles(e.dataTransfer.files);
    };
    window.addEventListener("dragenter", enter);
    window.addEventListener("dragover", over);
    window.addEventListener("dragleave", leave);
    window.addEventListener("drop", drop);
    return () => {
      window.removeEventListener("dragenter", enter);
      window.removeEventListener("dragover", over);
      window.removeEventListener("dragleave", leave);
      window.removeEventListener("drop", drop);
    };
  }, [onFiles, enabled]);
  return dragging;
}
