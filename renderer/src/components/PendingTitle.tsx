// A measure whose title the sources do not give: the placeholder stays visibly unfilled.
import { Tag } from '@digdir/designsystemet-react';

export function MeasureTitle({ title, pending }: { title: string; pending: boolean }) {
  if (!pending) return <>{title}</>;
  return (
    <span className="title-pending">
      <span className="title-pending__placeholder">{title}</span>{' '}
      <Tag data-color="warning" data-size="sm">
        Tittel ikke fylt inn
      </Tag>
    </span>
  );
}
