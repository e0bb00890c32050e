import type { NoSentence } from '../model/external-coders.ts';

/**
 * Where an imported event's sentence would be: the plain note that there is none and a link to the article at
 * its source. `linkFocusable` false keeps the link out of the tab order inside rows that are one tab stop.
 */
export function NoSentenceNote({
  value,
  className = '',
  linkFocusable = true,
}: {
  value: NoSentence;
  className?: string;
  linkFocusable?: boolean;
}) {
  return (
    <p className={`italic text-slate-600 ${className}`}>
      {value.note}
      {value.url && (
        <>
          {' · '}
          <a
            href={value.url}
            target="_blank"
            rel="noopener noreferrer"
            tabIndex={linkFocusable ? undefined : -1}
            onClick={(event) => event.stopPropagation()}
            className="not-italic text-blue-700 underline hover:text-blue-900"
          >
            the article
          </a>
        </>
      )}
    </p>
  );
}
