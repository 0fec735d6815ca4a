// A report document (the pack, the status grid, a comparison, a period as reported and as corrected) as the page
// shows it: the same blocks, texts and tones the DOCX, PDF and XLSX are written from.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { figureLabel, type DocBlock, type DocModel, type DocTable } from '../../../../shared/report/document.ts';
import { toneBackground } from '../../../../shared/report/tones.ts';
import { formatInteger } from '../../../../shared/format/nb.ts';
import { TableScroll } from '../TableScroll.tsx';
import '../../styles/ds/table.css';

/** Rows shown per table: a pack at 10 000 measures has 17 000 rows, which the files hold and the page need not. */
export const PREVIEW_ROWS = 200;

function TableBlock({ table, index }: { table: DocTable; index: number }) {
  const rows = table.rows.slice(0, PREVIEW_ROWS);
  const more = table.rows.length - rows.length;
  return (
    <TableScroll className="doc-table-wrap" label={table.caption}>
      <Table data-size="sm" border className="doc-table" data-testid="doc-table" data-index={index}>
        <caption className="visually-hidden">{table.caption}</caption>
        <Table.Head>
          <Table.Row>
            {table.columns.map((c, i) => (
              <Table.HeaderCell key={i} className={c.kind === 'number' ? 'doc-num' : undefined}>
                {c.label}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {rows.map((r, j) => (
            <Table.Row key={j} className={r.total ? 'doc-total' : undefined}>
              {r.cells.map((cell, i) => (
                <Table.Cell
                  key={i}
                  className={table.columns[i].kind === 'number' ? 'doc-num' : undefined}
                  style={cell.tone && toneBackground(cell.tone) ? { background: toneBackground(cell.tone) } : undefined}
                >
                  {cell.text}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
      {more > 0 && (
        <Paragraph data-size="sm" className="doc-note">{`… og ${formatInteger(more)} rader til i filen.`}</Paragraph>
      )}
    </TableScroll>
  );
}

function Block({ block, doc, index }: { block: DocBlock; doc: DocModel; index: number }) {
  switch (block.kind) {
    case 'title':
      return (
        <>
          <Heading level={2} data-size="md">
            {block.text}
          </Heading>
          {block.subtitle && <Paragraph className="doc-subtitle">{block.subtitle}</Paragraph>}
        </>
      );
    case 'facts':
      return (
        <dl className="report-meta">
          {block.rows.map((r) => (
            <div key={r.label} className="doc-fact">
              <dt>{r.label}</dt>
              <dd className={r.emphasis ? 'report-example' : undefined}>{r.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'heading': {
      // The page's own heading is level 1 and the document's title level 2: its sections start at 3.
      const level = (block.level + 2) as 3 | 4 | 5;
      return (
        <Heading level={level} data-size={level === 3 ? 'sm' : 'xs'} className="doc-heading">
          {block.text}
        </Heading>
      );
    }
    case 'paragraph':
      return (
        <Paragraph data-size="sm" className={block.note ? 'doc-note' : undefined}>
          {block.text}
        </Paragraph>
      );
    case 'table':
      return <TableBlock table={block} index={index} />;
    case 'figure':
      return (
        <figure className="report-chart doc-figure">
          <img
            src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(block.svg)}`}
            alt={`${block.caption}. ${block.description}.`}
            width={block.width}
            height={block.height}
          />
          <figcaption>{`${figureLabel(doc.lang, block.number)}: ${block.caption}`}</figcaption>
        </figure>
      );
  }
}

/** `omitTitle`: the page's own heading already names the document (its title block is left out). */
export function DocPreview({ doc, label, omitTitle = false }: { doc: DocModel; label: string; omitTitle?: boolean }) {
  let tables = 0;
  const blocks = omitTitle ? doc.blocks.filter((b) => b.kind !== 'title') : doc.blocks;
  return (
    <article className="report-preview doc-preview" aria-label={label} data-testid="doc-preview" lang={doc.lang}>
      {blocks.map((b, i) => (
        <Block key={i} block={b} doc={doc} index={b.kind === 'table' ? tables++ : -1} />
      ))}
    </article>
  );
}
