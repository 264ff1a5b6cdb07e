import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Props of {@link Hint}. */
export type HintProps = {
  /** The text of the bubble (lines separated by "\n"). */
  label: string;
  /** Shows the bubble without the pointer (the cell it belongs to has the keyboard focus). */
  open?: boolean;
  children: ReactNode;
  testId?: string;
};

/**
 * A small tooltip: a bubble under its trigger, shown on hover or while `open` (keyboard focus). Placed with
 * `position: fixed` from the trigger's box, so a scrolling table does not clip it. Decorative: screen readers get the
 * same text from the cell (Mantine's Tooltip would bring Floating UI into chunks the overview shares).
 */
export function Hint({ label, open = false, children, testId }: HintProps) {
  const trigger = useRef<HTMLSpanElement>(null);
  const [hover, setHover] = useState(false);
  const [box, setBox] = useState<{ top: number; left: number } | null>(null);
  const shown = hover || open;
  useLayoutEffect(() => {
    if (!shown || !trigger.current) return;
    const rect = trigger.current.getBoundingClientRect();
    setBox({ top: rect.bottom + 6, left: Math.max(8, Math.min(rect.left + rect.width / 2 - 160, window.innerWidth - 336)) });
  }, [shown]);
  return (
    <span ref={trigger} onMouseEnter={() => setHover(true)} onMouseLeave={() => setHover(false)} style={{ display: 'inline-flex' }} data-testid={testId}>
      {children}
      {shown && box && (
        <span
          role="presentation"
          aria-hidden
          data-testid={testId ? `${testId}-bubble` : undefined}
          style={{
            position: 'fixed',
            top: box.top,
            left: box.left,
            zIndex: 400,
            width: 320,
            padding: '6px 10px',
            borderRadius: 4,
            background: 'var(--mantine-color-dark-6)',
            color: 'var(--mantine-color-white)',
            fontSize: 'var(--mantine-font-size-xs)',
            lineHeight: 1.4,
            whiteSpace: 'pre-line',
            textAlign: 'left',
            fontWeight: 400,
            pointerEvents: 'none',
          }}
        >
          {label}
        </span>
      )}
    </span>
  );
}
