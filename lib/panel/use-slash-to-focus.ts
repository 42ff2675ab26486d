/**
 * "/" jumps to a view's search box, as on the sites teams use every day — but not while the user types in a field,
 * and not with a modifier (Ctrl+/ and friends belong to the browser).
 */
import { type RefObject, useEffect } from 'react';

export function useSlashToFocus(searchBox: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      event.preventDefault();
      searchBox.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [searchBox]);
}
