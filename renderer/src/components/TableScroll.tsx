// A wide table scrolls sideways in its own box instead of making the page scroll sideways (WCAG 1.4.10: at 400 %
// zoom only the table needs two directions); the box can be reached and scrolled with the keyboard.
import type { ReactNode } from 'react';

export function TableScroll({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div
      className={className ? `table-scroll ${className}` : 'table-scroll'}
      tabIndex={0}
      role="region"
      aria-label={label}
    >
      {children}
    </div>
  );
}
