/**
 * The top bar's action icons (16 px line drawings in the text colour). They stand
 * beside the labels, and alone when the bar is compact (the label is then the
 * button's tooltip and accessible name).
 */
import type { ReactNode } from 'react';

function Icon({ children }: { children: ReactNode }) {
  return (
    <svg
      className="topbar-icon"
      width="16"
      height="16"
      viewBox="0 0 16 16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.4"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** A page with a plus: import files. */
export const FilesIcon = () => (
  <Icon>
    <path d="M9.5 1.5H4a1 1 0 0 0-1 1v11a1 1 0 0 0 1 1h8a1 1 0 0 0 1-1V5z" />
    <path d="M9.5 1.5V5H13M8 7.5v5M5.5 10h5" />
  </Icon>
);

/** A folder with a plus: import a folder. */
export const FolderIcon = () => (
  <Icon>
    <path d="M1.5 4a1 1 0 0 1 1-1h3.6l1.5 1.6h5.9a1 1 0 0 1 1 1V12.5a1 1 0 0 1-1 1h-11a1 1 0 0 1-1-1z" />
    <path d="M8 7v4.5M5.8 9.2h4.4" />
  </Icon>
);

/** An arrow out of a tray: export. */
export const ExportIcon = () => (
  <Icon>
    <path d="M8 10V1.8M5 4.6 8 1.6l3 3" />
    <path d="M2.5 9v4a1 1 0 0 0 1 1h9a1 1 0 0 0 1-1V9" />
  </Icon>
);

/** Two people: team coding. */
export const TeamIcon = () => (
  <Icon>
    <circle cx="5.5" cy="5" r="2.2" />
    <path d="M1.5 13.5c0-2.4 1.8-4 4-4s4 1.6 4 4" />
    <circle cx="11.3" cy="5.6" r="1.8" />
    <path d="M10.6 9.6c2 0 3.9 1.3 3.9 3.6" />
  </Icon>
);

/** One person: the coder. */
export const CoderIcon = () => (
  <Icon>
    <circle cx="8" cy="5" r="2.6" />
    <path d="M3 14c0-2.8 2.2-4.6 5-4.6s5 1.8 5 4.6" />
  </Icon>
);
