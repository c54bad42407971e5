/**
 * The clause pack as a web page: the same model, sections, numbering and words as the .docx
 * (pack/docx.server.ts), both taking their labels from pack/format.ts. Styles: pack/pack-preview.css.
 * Text keeps its line breaks and tabs through `white-space: pre-wrap`, never through markup.
 */
import { Fragment, type ReactNode } from "react";

import {
  LABELS,
  SECTION_TITLES,
  SEVERITIES,
  SEVERITY_COUNT_LABELS,
  SEVERITY_LABELS,
  answerTrace,
  clauseNumber,
  clauseTraceHeading,
  definitionParts,
  fallbackLetter,
  findingTraceHeading,
  formatGeneratedAt,
  renewalLayout,
  sourceGroups,
  provisionKey,
  provisionSource,
  quoted,
  subClauseNumber,
  subtitleOf,
} from "../pack/format.ts";
import type { ClausePack, PackAnswerRef, PackClause, PackFinding, PackProvisionRef, Severity } from "../pack/model.ts";

export function PackPreview({ pack }: { pack: ClausePack }) {
  return (
    <article className="pack" aria-labelledby="pack-title">
      <Cover pack={pack} />
      <Summary pack={pack} />
      {pack.builtByHand ? null : <Findings pack={pack} />}
      <Definitions pack={pack} />
      <Clauses pack={pack} />
      <Questions pack={pack} />
      <Renewal pack={pack} />
      <Traceability pack={pack} />
      <Sources pack={pack} />
    </article>
  );
}

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className={`pack-section pack-section--${id}`} aria-labelledby={`pack-${id}`}>
      <h2 id={`pack-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function Badge({ severity }: { severity: Severity | "none" }) {
  return <span className={`pack-badge pack-badge--${severity}`}>{SEVERITY_LABELS[severity]}</span>;
}

function Cover({ pack }: { pack: ClausePack }) {
  const { cover } = pack;
  const rows: [string, ReactNode][] = [
    [LABELS.buyer, cover.buyerName],
    [LABELS.vendor, cover.vendorName],
    [
      LABELS.productLines,
      cover.productLines.map((line, i) => (
        <span className="pack-line" key={i}>
          {line}
        </span>
      )),
    ],
    [LABELS.stage, cover.stage],
    ...cover.dates.map((d): [string, ReactNode] => [d.label, d.value]),
    [LABELS.preparedBy, cover.preparedBy],
    [LABELS.generatedAt, formatGeneratedAt(cover.generatedAt)],
    [LABELS.libraryVersion, cover.libraryVersion],
  ];
  return (
    <header className="pack-cover">
      <h1 id="pack-title" className="pack-title">
        {pack.title}
      </h1>
      <p className="pack-subtitle">{subtitleOf(pack)}</p>
      <table className="pack-table pack-cover-table">
        <tbody>
          {rows.map(([label, value], i) => (
            <tr key={i}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </header>
  );
}

function Summary({ pack }: { pack: ClausePack }) {
  const { summary } = pack;
  if (pack.builtByHand)
    return (
      <Section id="summary" title={SECTION_TITLES.summary}>
        <p className="pack-built-by-hand">{pack.builtByHand}</p>
        <TopAsks asks={summary.topAsks} />
      </Section>
    );
  return (
    <Section id="summary" title={SECTION_TITLES.summary}>
      <p className="pack-exposure">
        <strong>{LABELS.exposure}:</strong> <Badge severity={summary.exposure} /> — {summary.exposureDetail}
      </p>
      <table className="pack-table pack-counts">
        <caption>{LABELS.findingsBySeverity}</caption>
        <thead>
          <tr>
            {SEVERITIES.map((s) => (
              <th scope="col" key={s}>
                {SEVERITY_COUNT_LABELS[s]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {SEVERITIES.map((s) => (
              <td key={s} className={summary.counts[s] > 0 ? `pack-count pack-count--${s}` : "pack-count"}>
                {summary.counts[s]}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      <TopAsks asks={summary.topAsks} />
    </Section>
  );
}

function TopAsks({ asks }: { asks: readonly string[] }) {
  return (
    <>
      <h3>{LABELS.topAsks}</h3>
      {asks.length === 0 ? (
        <p>{LABELS.noAsks}</p>
      ) : (
        <ol className="pack-list">
          {asks.map((ask, i) => (
            <li key={i}>{ask}</li>
          ))}
        </ol>
      )}
    </>
  );
}

/** A table with a row of column headings; the first column (a badge, a box to tick) has a class of its own. */
function PackTable({
  className,
  columns,
  firstColumnClassName,
  children,
}: {
  className: string;
  columns: readonly string[];
  firstColumnClassName: string;
  children: ReactNode;
}) {
  return (
    <table className={`pack-table ${className}`}>
      <thead>
        <tr>
          {columns.map((label, i) => (
            <th scope="col" key={label} className={i === 0 ? firstColumnClassName : undefined}>
              {label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

function Findings({ pack }: { pack: ClausePack }) {
  return (
    <Section id="findings" title={SECTION_TITLES.findings}>
      {pack.findings.length === 0 ? (
        <p>{LABELS.noFindings}</p>
      ) : (
        <PackTable
          className="pack-findings"
          columns={LABELS.findingColumns}
          firstColumnClassName="pack-findings__severity"
        >
          {pack.findings.map((f) => (
            <FindingRow finding={f} key={f.id} />
          ))}
        </PackTable>
      )}
    </Section>
  );
}

function FindingRow({ finding }: { finding: PackFinding }) {
  return (
    <tr className={`pack-finding pack-finding--${finding.severity}`}>
      <td className={`pack-findings__severity pack-severity--${finding.severity}`}>
        <Badge severity={finding.severity} />
      </td>
      <th scope="row" className="pack-finding__title">
        {finding.title}
      </th>
      <td>
        <p>{finding.vendorPosition}</p>
        {finding.because.provisions.map((p, i) => (
          <Citation provision={p} key={i} />
        ))}
      </td>
      <td>
        <p>{finding.whyItMatters}</p>
      </td>
    </tr>
  );
}

function Citation({ provision }: { provision: PackProvisionRef }) {
  const source = provisionSource(provision, "short");
  if (provision.excerpt === "" && source === "") return null;
  return (
    <p className="pack-citation">
      {provision.excerpt === "" ? null : <span className="pack-excerpt">{quoted(provision.excerpt)}</span>}
      {provision.excerpt !== "" && source !== "" ? " " : null}
      {source === "" ? null : (
        <span className="pack-source">
          <strong>{LABELS.source}:</strong> {source}
        </span>
      )}
    </p>
  );
}

function Definitions({ pack }: { pack: ClausePack }) {
  if (pack.definitions.length === 0) return null;
  return (
    <Section id="definitions" title={SECTION_TITLES.definitions}>
      {pack.definitions.map((d, i) => {
        const { term, rest } = definitionParts(d);
        return (
          <p className="pack-definition" key={i}>
            <strong className="pack-term">{term}</strong>
            {rest}
          </p>
        );
      })}
    </Section>
  );
}

function Clauses({ pack }: { pack: ClausePack }) {
  return (
    <Section id="clauses" title={SECTION_TITLES.clauses}>
      <p className="pack-intro">{LABELS.clausesIntro}</p>
      {pack.clauses.length === 0 ? (
        <p>{LABELS.noClauses}</p>
      ) : (
        pack.clauses.map((c, i) => <Clause clause={c} index={i} key={c.id} />)
      )}
    </Section>
  );
}

function Clause({ clause, index }: { clause: PackClause; index: number }) {
  const headingId = `pack-clause-${index + 1}`;
  return (
    <section className="pack-clause" aria-labelledby={headingId}>
      <h3 id={headingId} className="pack-clause__title">
        <span className="pack-num">{clauseNumber(index)}</span>{" "}
        <span className="pack-clause__title-text">{clause.title}</span>
      </h3>
      <ol className="pack-clause__language">
        {clause.language.map((text, j) => (
          <li key={j}>
            <span className="pack-num">{subClauseNumber(index, j)}</span>
            <p className="pack-clause-language">{text}</p>
          </li>
        ))}
      </ol>
      <ClauseNotes clause={clause} index={index} />
    </section>
  );
}

function ClauseNotes({ clause, index }: { clause: PackClause; index: number }) {
  const hasFallbacks = clause.fallbacks.length > 0;
  const hasNote = clause.negotiationNote !== "";
  const hasWhy = clause.because.summary !== "";
  if (!hasFallbacks && !hasNote && !hasWhy) return null;
  return (
    <aside className="pack-note" aria-label={`Notes on clause ${index + 1}, not part of the clause`}>
      {hasFallbacks ? (
        <>
          <p className="pack-note__label">{LABELS.fallbacks}</p>
          <ol className="pack-note__fallbacks">
            {clause.fallbacks.map((f, k) => (
              <li key={k}>
                <span className="pack-num">{fallbackLetter(k)}</span>
                <p className="pack-fallback">{f}</p>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {hasNote ? (
        <p className="pack-negotiation-note">
          <strong>{LABELS.negotiationNote}:</strong> {clause.negotiationNote}
        </p>
      ) : null}
      {hasWhy ? (
        <p className="pack-why">
          <strong>{LABELS.whyThisClause}:</strong> {clause.because.summary}
        </p>
      ) : null}
    </aside>
  );
}

/** The questionnaire's questions under its topics, numbered as in the questionnaire. */
function Questions({ pack }: { pack: ClausePack }) {
  const topics: { topic: string; questions: ClausePack["questions"] }[] = [];
  for (const q of pack.questions) {
    const last = topics.at(-1);
    if (last && last.topic === q.topic) last.questions.push(q);
    else topics.push({ topic: q.topic, questions: [q] });
  }
  return (
    <Section id="questions" title={SECTION_TITLES.questions}>
      {pack.questions.length === 0 ? (
        <p>{LABELS.noQuestions}</p>
      ) : (
        <>
          <p>{LABELS.questionsIntro}</p>
          {topics.map(({ topic, questions }) => (
            <Fragment key={questions[0].id}>
              <h4 className="pack-topic">{topic}</h4>
              <ol className="pack-list pack-questions" start={questions[0].number}>
                {questions.map((q) => (
                  <li key={q.id}>
                    <span className="pack-question">{q.text}</span>
                    <span className="pack-origin">
                      {q.id} · {LABELS.origin}: {q.origin}
                    </span>
                  </li>
                ))}
              </ol>
            </Fragment>
          ))}
        </>
      )}
    </Section>
  );
}

function Renewal({ pack }: { pack: ClausePack }) {
  const { shared, columns } = renewalLayout(pack.renewalChecklist);
  return (
    <Section id="renewal" title={SECTION_TITLES.renewal}>
      {pack.renewalChecklist.length === 0 ? (
        <p>{LABELS.noRenewalItems}</p>
      ) : (
        <>
          <p>{LABELS.renewalIntro}</p>
          {shared ? (
            <p>
              <strong>{LABELS.renewalOwner}:</strong> {shared.owner}
              <br />
              <strong>{LABELS.renewalDue}:</strong> {shared.due}
            </p>
          ) : null}
          <PackTable className="pack-renewal" columns={columns} firstColumnClassName="pack-renewal__done">
            {pack.renewalChecklist.map((item, i) => (
              <tr key={i}>
                <td className="pack-renewal__done" aria-label="Not done">
                  {LABELS.checkbox}
                </td>
                <td>{item.commitment}</td>
                <td>{item.clauseTitle}</td>
                {shared ? null : (
                  <>
                    <td>{item.owner}</td>
                    <td>{item.due}</td>
                  </>
                )}
              </tr>
            ))}
          </PackTable>
        </>
      )}
    </Section>
  );
}

function Traceability({ pack }: { pack: ClausePack }) {
  return (
    <Section id="traceability" title={SECTION_TITLES.traceability}>
      <p>{pack.builtByHand ? LABELS.handTraceabilityIntro : LABELS.traceabilityIntro}</p>
      {pack.findings.length > 0 ? (
        <>
          <h3>{SECTION_TITLES.findings}</h3>
          {pack.findings.map((f) => (
            <div className="pack-trace" key={f.id}>
              <h4>{findingTraceHeading(f.severity, f.title)}</h4>
              <p className="pack-trace__id">{f.id}</p>
              <AnswerTraces answers={f.because.answers} />
              <ProvisionTraces provisions={f.because.provisions} />
            </div>
          ))}
        </>
      ) : null}
      {pack.clauses.length > 0 ? (
        <>
          <h3>{SECTION_TITLES.clauses}</h3>
          {pack.clauses.map((c, i) => (
            <div className="pack-trace" key={c.id}>
              <h4>{clauseTraceHeading(i, c.title)}</h4>
              <p className="pack-trace__id">
                {c.variant === null ? c.id : `${c.id} · ${LABELS.variant}: ${c.variant}`}
              </p>
              <AnswerTraces answers={c.because.answers} />
            </div>
          ))}
        </>
      ) : null}
    </Section>
  );
}

function AnswerTraces({ answers }: { answers: PackAnswerRef[] }) {
  if (answers.length === 0) {
    return (
      <p>
        <strong>{LABELS.answers}:</strong> {LABELS.noneRecorded}
      </p>
    );
  }
  return (
    <>
      <p className="pack-trace__label">{LABELS.answers}:</p>
      <ul className="pack-trace__list">
        {answers.map((a, i) => (
          <li key={i}>
            <code className="pack-answer">{answerTrace(a)}</code> <span className="pack-muted">({a.label})</span>
          </li>
        ))}
      </ul>
    </>
  );
}

function ProvisionTraces({ provisions }: { provisions: PackProvisionRef[] }) {
  if (provisions.length === 0) return null;
  return (
    <>
      <p className="pack-trace__label">{LABELS.provisions}:</p>
      <ul className="pack-trace__list">
        {provisions.map((p, i) => {
          const source = provisionSource(p);
          return (
            <li key={i}>
              <strong>{provisionKey(p)}</strong> — {p.vendorName}, {p.productLine}: {p.statement}
              {p.excerpt === "" ? null : (
                <>
                  {" "}
                  <span className="pack-excerpt">{quoted(p.excerpt)}</span>
                </>
              )}
              {source === "" ? null : (
                <span className="pack-line pack-muted">
                  <strong>{LABELS.source}:</strong> {source}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}

function Sources({ pack }: { pack: ClausePack }) {
  const groups = sourceGroups(pack);
  return (
    <Section id="sources" title={SECTION_TITLES.sources}>
      {groups.length === 0 ? (
        <p>{LABELS.noSources}</p>
      ) : (
        groups.map(({ group, heading, sources }) => (
          <Fragment key={group}>
            <h3>{heading}</h3>
            <ul className="pack-sources">
              {sources.map((s, i) => (
                <li key={i}>
                  <strong className="pack-line">{s.title}</strong>
                  {s.detail === "" ? null : <span className="pack-line">{s.detail}</span>}
                </li>
              ))}
            </ul>
          </Fragment>
        ))
      )}
      <p className="pack-disclaimer">{pack.disclaimer}</p>
    </Section>
  );
}
