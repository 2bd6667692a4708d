// The line icons of search: the magnifying glass (the search box, the palette) and the filter funnel; drawn in the
// text colour and hidden from screen readers (what they sit in is named).
import type { ReactNode } from 'react';

function Icon({ children, size }: { children: ReactNode; size: number }) {
  return (
    <svg
      className="search-icon"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const SearchIcon = ({ size = 18 }: { size?: number }) => (
  <Icon size={size}>
    <circle cx="11" cy="11" r="7" />
    <path d="m20 20-4-4" />
  </Icon>
);

export const FilterIcon = ({ size = 16 }: { size?: number }) => (
  <Icon size={size}>
    <path d="M3 5h18l-7 8v6l-4 2v-8z" />
  </Icon>
);
