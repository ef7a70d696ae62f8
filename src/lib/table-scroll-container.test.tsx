import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider, Table } from '@mantine/core';
import { TableScrollContainer } from './table-scroll-container';

// Tests run without the build's substitution (vite.config.ts), so Table.ScrollContainer here is
// Mantine's own: the stand-in must render exactly what Mantine renders for type="native".
const markup = (node: React.ReactNode) =>
  renderToStaticMarkup(<MantineProvider>{node}</MantineProvider>);

describe('TableScrollContainer stand-in', () => {
  it('renders the markup of Mantine’s native scroll container', () => {
    const table = <table aria-label="binds" />;
    for (const props of [{ minWidth: 600 }, { minWidth: 900, maxHeight: 400 }]) {
      expect(markup(<TableScrollContainer {...props}>{table}</TableScrollContainer>)).toBe(
        markup(
          <Table.ScrollContainer {...props} type="native">
            {table}
          </Table.ScrollContainer>,
        ),
      );
    }
  });
});
