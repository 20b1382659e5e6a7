import { forwardRef } from "react";
import { useI18n } from "../i18n/I18nContext.tsx";

/**
 * The one file input behind every "Open data…" button. It stays in the page (visually hidden,
 * not display:none) so that assistive technology and browser automation reach it by its name.
 */
export const FileOpener = forwardRef<HTMLInputElement, { onFiles(files: FileList): void }>(function FileOpener(
  { onFiles },
  ref,
) {
  const { t } = useI18n();
  return (
    <input
      ref={ref}
      type="file"
      className="visually-hidden"
      tabIndex={-1}
      multiple
      accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,text/tab-separated-values"
      aria-label={t("data.fileInput")}
      onChange={(e) => {
        if (e.target.files && e.target.files.length > 0) onFiles(e.target.files);
        // The same file can be opened again after fixing it.
        e.target.value = "";
      }}
    />
  );
});
