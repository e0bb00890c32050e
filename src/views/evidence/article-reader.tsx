import { useEffect, useMemo, useRef } from 'react';
import { useBundleIndex } from '../../state/dashboard-hooks.ts';
import { formatShortDate } from '../../components/format.ts';
import { useArticleTexts } from '../../data/article-texts.ts';

/** The whole article as plain text with the evidence sentence highlighted and scrolled into view. */
export function ArticleReader({
  articleId,
  start,
  end,
  onClose,
}: {
  articleId: string;
  start: number;
  end: number;
  onClose: () => void;
}) {
  const index = useBundleIndex();
  const article = index.articles.get(articleId);
  // The text comes with a JSON bundle, or from its shard beside bundle.arrow (loaded on the first opening).
  const texts = useArticleTexts(
    index.bundle,
    useMemo(() => [articleId], [articleId]),
  );
  const text = texts?.get(articleId);
  const marked = useRef<HTMLElement>(null);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => {
    marked.current?.scrollIntoView({ block: 'center' });
    dialog.current?.focus();
  }, [articleId, start, text]);
  if (!article) return null;
  return (
    <div
      ref={dialog}
      role="dialog"
      aria-modal="true"
      aria-label={`Article from ${index.outletName.get(article.outletId) ?? article.outletId}`}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
      className="fixed inset-4 z-40 flex flex-col rounded border border-slate-300 bg-white shadow-2xl md:inset-x-[15%]"
    >
      <div className="flex items-center justify-between border-b border-slate-200 px-4 py-2">
        <h2 className="text-sm font-semibold">
          {index.outletName.get(article.outletId)} ·{' '}
          {article.published ? formatShortDate(article.published) : 'no publication date'}{' '}
          {article.title ? `· ${article.title}` : ''}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100"
        >
          Close
        </button>
      </div>
      {article.fiction && (
        <p className="bg-amber-50 px-4 py-1 text-xs text-amber-900">
          Fiction written for Parley's tests: not reporting.
        </p>
      )}
      <div className="overflow-y-auto whitespace-pre-wrap px-4 py-3 text-sm leading-relaxed">
        {text === undefined ? (
          <p role="status">Loading the article's text…</p>
        ) : (
          <>
            {text.slice(0, start)}
            <mark ref={marked} className="bg-amber-200">
              {text.slice(start, end)}
            </mark>
            {text.slice(end)}
          </>
        )}
      </div>
    </div>
  );
}
