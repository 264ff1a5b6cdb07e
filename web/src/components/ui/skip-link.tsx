import { useTranslation } from 'react-i18next';

/** Id of the element that holds each page's main content; the skip link moves focus there. */
export const mainContentId = 'main-content';

/** "Skip to content": the first Tab stop of every page, visible only when focused. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="ct-skip-link"
      href={`#${mainContentId}`}
      onClick={(event) => {
        // Move focus ourselves: a hash change would go through the router's history.
        event.preventDefault();
        const main = document.getElementById(mainContentId);
        main?.focus();
        main?.scrollIntoView();
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
