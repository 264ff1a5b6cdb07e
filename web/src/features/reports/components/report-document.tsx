import { Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { formatNumber } from '../../../lib/format';
import { officerKeys, type Block, type Cell, type Column, type FigureStatus, type MonthlyReport, type OfficerKey, type Section } from '../api/types';
import { useReportsTranslation } from '../i18n';
import { ReportChart } from './report-chart';
import classes from './report-document.module.css';

const statusColor: Record<FigureStatus, string> = { estimate: 'yellow', preliminary: 'blue', official: 'green' };

function isOfficerKey(key: string): key is OfficerKey {
  return (officerKeys as readonly string[]).includes(key);
}

/** A cell of a report table; "—" (no figure) is said in words to screen readers. */
function CellText({ cell }: { cell: Cell }) {
  const { t } = useReportsTranslation();
  if (cell.text === '—')
    return (
      <>
        <span aria-hidden>—</span>
        <VisuallyHidden>{t('document.noFigure')}</VisuallyHidden>
      </>
    );
  return <>{cell.text}</>;
}

/** A real table of the report: its caption, column headings, and each row headed by its first cell. */
function ReportTable({ id, caption, columns, rows }: { id: string; caption: string; columns: Column[]; rows: Cell[][] }) {
  return (
    // A wide table scrolls in its own box, which takes focus so the keyboard can scroll it too.
    <div className={classes.tableBlock} tabIndex={0} role="region" aria-label={caption}>
      <Table withTableBorder withColumnBorders fz="sm" verticalSpacing={4} miw={columns.length > 6 ? 780 : 560} data-testid={`report-table-${id}`}>
        <caption className={classes.tableCaption}>{caption}</caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column, i) => (
              <Table.Th key={i} scope="col" ta={column.numeric ? 'right' : undefined} miw={column.numeric ? '5rem' : undefined}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row, r) => (
            <Table.Tr key={r}>
              {row.map((cell, c) =>
                c === 0 ? (
                  <Table.Th key={c} scope="row" fw={500} miw="10rem">
                    <CellText cell={cell} />
                  </Table.Th>
                ) : (
                  <Table.Td key={c} className={columns[c]?.numeric ? classes.number : undefined}>
                    <CellText cell={cell} />
                  </Table.Td>
                ),
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function BlockView({ block, placeholder }: { block: Block; placeholder: boolean }) {
  switch (block.type) {
    case 'heading':
      return <h5 className={classes.blockHeading}>{block.text}</h5>;
    case 'paragraph':
      return <p className={`${classes.paragraph} ${placeholder ? classes.placeholder : ''}`}>{block.text}</p>;
    case 'list':
      return (
        <ul className={classes.list}>
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case 'table':
      return <ReportTable id={block.id} caption={block.caption} columns={block.columns} rows={block.rows} />;
    case 'chart':
      return <ReportChart id={block.id} caption={block.caption} chart={block.chart} />;
  }
}

/** Above the notes (which give the cut-off): how many figures of the report are estimates, preliminary or official. */
function DataMarks({ report }: { report: MonthlyReport }) {
  const { t } = useReportsTranslation();
  const { data } = report;
  const counts: Record<FigureStatus, number> = { estimate: 0, preliminary: 0, official: 0 };
  for (const figure of [...data.monthFigures, ...data.ytdFigures, ...data.categoryFigures, ...data.categoryYtdFigures])
    if (figure.value !== null && figure.status) counts[figure.status] += 1;
  return (
    <Group gap="xs" className={classes.notesMarks} data-testid="report-marks">
      <Text size="sm" span>
        {t('document.marks')}
      </Text>
      {(Object.keys(counts) as FigureStatus[]).map((status) => (
        <Badge key={status} color={statusColor[status]} variant="light" radius="sm" data-status={status}>
          {t('document.statusCount', { status: t(`status.${status}`), number: formatNumber(counts[status]) })}
        </Badge>
      ))}
    </Group>
  );
}

function SectionView({ section, report }: { section: Section; report: MonthlyReport }) {
  const id = `report-section-${section.key}`;
  const Heading = section.level === 1 ? 'h3' : 'h4';
  const placeholder = isOfficerKey(section.key) && report.officerSections[section.key].trim() === '';
  return (
    <section className={classes.section} aria-labelledby={`${id}-title`} data-testid={id}>
      <Heading id={`${id}-title`} className={section.level === 1 ? classes.sectionTitle1 : classes.sectionTitle2}>
        {section.number}. {section.title}
      </Heading>
      {section.key === 'notes' && <DataMarks report={report} />}
      {section.blocks.map((block, i) => (
        <BlockView key={i} block={block} placeholder={placeholder} />
      ))}
    </section>
  );
}

/**
 * The report as a readable document, in the report's language: the header block (agency, number, national title
 * and motto, place and date), the title, the numbered sections with their paragraphs, tables and charts, the notes
 * with the cut-off and how final the figures are, and the closing (recipients, signature).
 */
export function ReportDocumentView({ report }: { report: MonthlyReport }) {
  const { t } = useReportsTranslation();
  const doc = report.document;
  return (
    <article
      className={classes.paper}
      lang={doc.lang}
      aria-label={t('document.label')}
      data-testid="report-document"
      data-version={report.meta.version?.id ?? ''}
      data-lang={doc.lang}
    >
      <div className={classes.header}>
        <div>
          <p>{doc.header.parentAgency}</p>
          <p className={classes.strong}>{doc.header.agency}</p>
          <hr className={classes.rule} />
          <p data-testid="report-number">{doc.header.number}</p>
        </div>
        <div>
          <p className={classes.strong}>{doc.header.nation}</p>
          <p className={classes.strong}>{doc.header.motto}</p>
          <hr className={classes.rule} />
          <p className={classes.placeDate} data-testid="report-place-date">
            {doc.header.placeDate}
          </p>
        </div>
      </div>
      <h2 className={classes.title}>{doc.title}</h2>
      <p className={classes.subtitle} data-testid="report-subtitle">
        {doc.subtitle}
      </p>
      {doc.sections.map((section) => (
        <SectionView key={section.key} section={section} report={report} />
      ))}
      <div className={classes.closing}>
        <div className={classes.recipients}>
          <p className={classes.strong}>{doc.recipients.title}</p>
          {doc.recipients.items.map((item, i) => (
            <p key={i}>{item}</p>
          ))}
        </div>
        <div className={classes.signature}>
          <p>{doc.signature.role}</p>
          {doc.signature.name && <p>{doc.signature.name}</p>}
        </div>
      </div>
    </article>
  );
}
