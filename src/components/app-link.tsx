import type { MouseEvent, ReactNode } from 'react';
import { useNavigate } from 'react-router';
import classes from './light-elements.module.css';

const APP_LINK = 'data-app-link';

/**
 * An in-app link as a plain anchor, for lists that show one per row: React Router's Link
 * re-renders on every URL change (each sort, page or filter), hundreds of times over in a grid.
 * The list's container turns clicks on these into client-side navigation (useAppLinkClicks).
 */
export function AppLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <a className={classes.link} href={to} {...{ [APP_LINK]: '' }}>
      {children}
    </a>
  );
}

/** A click handler for the container of AppLinks: plain left clicks navigate in the app. */
export function useAppLinkClicks() {
  const navigate = useNavigate();
  return (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    // Modified clicks keep their browser meaning (new tab, new window, download).
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = (event.target as Element).closest(`a[${APP_LINK}]`);
    const href = link?.getAttribute('href');
    if (!href || link?.getAttribute('target')) return;
    event.preventDefault();
    void navigate(href);
  };
}
