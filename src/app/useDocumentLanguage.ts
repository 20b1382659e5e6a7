import { useEffect } from "react";
import type { I18n } from "../i18n/I18nContext.tsx";

/** Keeps the tab's title and <html lang> in the UI language, so screen readers pronounce it right. */
export function useDocumentLanguage({ t, locale }: Pick<I18n, "t" | "locale">) {
  useEffect(() => {
    document.title = t("app.documentTitle");
    document.documentElement.lang = locale;
  }, [t, locale]);
}
