/** Our note on a slip in an article's paragraph: visibly the atlas's, never the author's words. */
export function EditorialNote({ text, className = '' }: { text: string; className?: string }) {
  return (
    <p className={`rounded border border-sky-200 bg-sky-50 px-2 py-1 text-xs text-sky-950 ${className}`} data-editorial-note>
      <strong className="font-semibold">Editorial note (the atlas, not the author):</strong> {text}
    </p>
  );
}
