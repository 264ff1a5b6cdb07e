/** Small inline icons of the figures screens (no icon library: a few paths are cheaper). Decorative: hidden from screen readers. */

type IconProps = { size?: number; color?: string; title?: string };

/** A padlock: a published (locked) month. */
export function LockIcon({ size = 12, color = 'currentColor' }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden focusable="false" style={{ flexShrink: 0 }}>
      <path fill={color} d="M4 7V5a4 4 0 1 1 8 0v2h1a1 1 0 0 1 1 1v7a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V8a1 1 0 0 1 1-1h1Zm2 0h4V5a2 2 0 1 0-4 0v2Z" />
    </svg>
  );
}

/** A warning triangle: a figure worth a second look. */
export function WarningIcon({ size = 13, color = 'var(--mantine-color-orange-7)' }: IconProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden focusable="false" style={{ flexShrink: 0 }}>
      <path
        fill={color}
        d="M8.9 1.5a1 1 0 0 0-1.8 0L.2 13.5A1 1 0 0 0 1.1 15h13.8a1 1 0 0 0 .9-1.5L8.9 1.5ZM7 5.5h2l-.3 5h-1.4L7 5.5Zm1 6.3a1.1 1.1 0 1 1 0 2.2 1.1 1.1 0 0 1 0-2.2Z"
      />
    </svg>
  );
}

/** A chevron that points right when folded and down when open. */
export function ChevronIcon({ open, size = 12 }: { open: boolean; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden
      focusable="false"
      style={{ flexShrink: 0, transform: open ? 'rotate(90deg)' : undefined, transition: 'transform 120ms' }}
    >
      <path fill="currentColor" d="M5.5 2.5 11 8l-5.5 5.5-1.4-1.4L8.2 8 4.1 3.9l1.4-1.4Z" />
    </svg>
  );
}
