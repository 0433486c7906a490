// 指标建议: the form's project type, the indicators it lacks, and a searchable library browser; 插入 adds a row
// into the right 一级/二级 block. Loaded on demand (the library is the pane's largest piece of data).
import {
  Button,
  Caption1,
  Card,
  Field,
  Input,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { ChangeEvent, Dispatch, SetStateAction } from 'react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { chosenClassification, classify, COMMON_TYPE, evidenceText } from '../../core/suggest/classify';
import { buildSearchIndex, searchLibrary } from '../../core/suggest/search';
import { DEFAULT_SUGGESTIONS, suggestIndicators } from '../../core/suggest/suggest';
import { bundledLibrary } from '../../library/bundled';
import type { LibraryResult } from '../../library/load';
import { mergeLibraries, parseLibraryJson } from '../../library/load';
import type { Library, LibraryIndicator } from '../../library/schema';
import { Level1Name } from '../../library/schema';
import type { ChosenTypes } from '../../core/chosen-types';
import {
  CHOSEN_TYPES_KEY,
  chosenTypeIds,
  chosenTypesIn,
  formKey,
  readChosenTypes,
  withChoice,
} from '../../core/chosen-types';
import { readLibraryFile } from '../library-file';
import { keepFocus } from './keep-focus';
import { useListStyles } from './list-styles';
import { usePane } from './pane-context';

const LIBRARY_KEY = 'jixiao.library';
/** Cards the browser shows at a time; 再显示 adds as many again. */
const BROWSE_PAGE = 30;

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-end', flexWrap: 'wrap' },
  meta: { color: tokens.colorNeutralForeground3 },
  heading: { margin: 0 },
});

/**
 * 切换标签页会卸载本页：搜索词、筛选和“再显示”的条数由窗格保存，回来时原样显示。
 * Another tab unmounts this one: the search, the filters and how far 再显示 went are kept by the pane (App), so
 * they are as the person left them on return; the lists are built again from them (nothing runs while hidden).
 */
export interface SuggestView {
  /** The form suggestions are for (its position in the check's forms). */
  readonly formIndex: number;
  /** How many suggestions show: 再显示 adds to it; another form or type starts again from the first ones. */
  readonly limit: number;
  readonly query: string;
  readonly type: string;
  readonly level1: string;
  /** How many library cards show: 再显示 adds a page; another search or filter starts again from the first. */
  readonly shown: number;
}

const FIRST_VIEW: SuggestView = {
  formIndex: 0,
  limit: DEFAULT_SUGGESTIONS,
  query: '',
  type: '',
  level1: '',
  shown: BROWSE_PAGE,
};

export interface SuggestTabProps {
  /** Null until the tab is first changed from how it opens. */
  readonly view: SuggestView | null;
  readonly setView: Dispatch<SetStateAction<SuggestView | null>>;
}

/** What came of the last import or 移除, said beside the file input (it is about that card only). */
interface LibraryOutcome {
  readonly kind: 'success' | 'error';
  readonly text: string;
}

/** The bundled library (or the organisation's) merged with the one this document imported (kept in its settings). */
function useLibrary(): {
  library: Library;
  /** The imported library's own name, as the document keeps it with the library; null when none is used. */
  importedName: string | null;
  outcome: LibraryOutcome | null;
  importFile: (file: File) => Promise<void>;
  clear: () => Promise<void>;
} {
  const { session, state, lang, t } = usePane();
  // The document's own library as imported, not merged: merged below over whichever base is current.
  const [own, setOwn] = useState<Library | null>(null);
  const [outcome, setOutcome] = useState<LibraryOutcome | null>(null);
  // The organisation's library (from its review settings) replaces the bundled one as the base a document adds to.
  const org = state.orgSettings.status === 'ok' ? state.orgSettings.library : null;
  const base = useMemo(() => org ?? bundledLibrary(), [org]);
  useEffect(() => {
    let current = true;
    void session.host
      .loadSetting(LIBRARY_KEY)
      .catch(() => null)
      .then((saved) => {
        if (!current || !saved) return;
        const kept = parseLibraryJson(saved);
        // A library imported meanwhile is newer than the one the document kept.
        if (kept.ok) setOwn((imported) => imported ?? kept.library);
      });
    return () => {
      current = false;
    };
  }, [session]);
  const merged = useMemo(() => (own ? mergeLibraries(base, own) : null), [base, own]);
  const reason = (error: unknown) => (error instanceof Error ? error.message : String(error));
  const importFile = async (file: File) => {
    setOutcome(null);
    const read = await readUserLibrary(file, base);
    const result = read.ok ? mergeLibraries(base, read.library) : read;
    if (!result.ok || !read.ok) {
      const first = (result.ok ? [] : result.errors).slice(0, 3);
      const reasons = first.map((e) => (lang === 'en' ? e.en : e.zh)).join(t('reasonSeparator'));
      setOutcome({ kind: 'error', text: t('libraryImportFailed', { file: file.name, reasons }) });
      return;
    }
    // Used at once; kept for the document's next opening if it lets us (a read-only document does not).
    setOwn(read.library);
    try {
      // Only the organisation's own part is kept with the document; the bundled one comes with the pane.
      await session.host.saveSetting(LIBRARY_KEY, JSON.stringify(read.library));
      setOutcome({ kind: 'success', text: t('libraryImportDone', { file: file.name }) });
    } catch (error) {
      setOutcome({ kind: 'error', text: t('libraryNotSaved', { file: file.name, reason: reason(error) }) });
    }
  };
  const clear = async () => {
    setOwn(null);
    setOutcome(null);
    await session.host.saveSetting(LIBRARY_KEY, '').catch((error: unknown) => {
      setOutcome({ kind: 'error', text: t('libraryRemoveNotSaved', { reason: reason(error) }) });
    });
  };
  return {
    library: merged?.ok ? merged.library : base,
    importedName: merged?.ok && own ? own.name : null,
    outcome,
    importFile,
    clear,
  };
}

/**
 * The project types chosen for this document's forms, kept in its settings; null until they are read, so that a
 * choice made meanwhile cannot replace the others with nothing.
 */
function useChosenTypes(): {
  chosen: ChosenTypes | null;
  choose: (key: string, typeIds: readonly string[]) => void;
} {
  const { session } = usePane();
  const [chosen, setChosen] = useState<ChosenTypes | null>(null);
  useEffect(() => {
    let current = true;
    void session.host
      .loadSetting(CHOSEN_TYPES_KEY)
      .catch(() => null)
      .then((saved) => {
        if (current) setChosen(readChosenTypes(saved));
      });
    return () => {
      current = false;
    };
  }, [session]);
  const choose = (key: string, typeIds: readonly string[]) => {
    if (chosen === null) return;
    const next = withChoice(chosen, key, typeIds);
    setChosen(next);
    // Not saved (a read-only document): the choice still holds until the pane closes.
    void session.host.saveSetting(CHOSEN_TYPES_KEY, JSON.stringify(next)).catch(() => undefined);
  };
  return { chosen, choose };
}

export default function SuggestTab({ view: kept, setView }: SuggestTabProps) {
  const styles = useStyles();
  const lists = useListStyles();
  const { session, state, t } = usePane();
  const { library, importedName, outcome, importFile, clear } = useLibrary();
  const fileInput = useRef<HTMLInputElement>(null);
  const { chosen, choose } = useChosenTypes();
  const view = kept ?? FIRST_VIEW;
  const update = (patch: Partial<SuggestView>) => setView((v) => ({ ...(v ?? FIRST_VIEW), ...patch }));
  // A check since may have found fewer forms: then the first one.
  const formIndex = view.formIndex < state.forms.length ? view.formIndex : 0;
  const checked = state.forms[formIndex];
  if (state.generation === 0) {
    return (
      <div className={styles.tab}>
        <Text>{t('suggestIntro')}</Text>
        <Button appearance="primary" onClick={() => void session.check()}>
          {t('checkButton')}
        </Button>
      </div>
    );
  }
  return (
    <div className={styles.tab}>
      {state.forms.length > 1 && (
        <Field label={t('suggestForm')}>
          <Select
            value={String(formIndex)}
            onChange={(_e, data) => update({ formIndex: Number(data.value), limit: DEFAULT_SUGGESTIONS })}
          >
            {state.forms.map(({ form }, i) => (
              <option key={i} value={i}>
                {t('form', { n: i + 1 })} · {form.fields.projectName?.text || t('untitled')}
              </option>
            ))}
          </Select>
        </Field>
      )}
      {checked ? (
        <Suggestions
          formIndex={formIndex}
          limit={view.limit}
          setLimit={(limit) => update({ limit })}
          library={library}
          chosenIds={chosen ? chosenTypeIds(chosen, formKey(checked.form)) : []}
          onChoose={chosen === null ? null : (typeIds) => choose(formKey(checked.form), typeIds)}
        />
      ) : (
        <Text>{t('noForms')}</Text>
      )}
      <Browser formIndex={checked ? formIndex : null} library={library} view={view} update={update} />
      <Card className={lists.card}>
        <Text as="h3" weight="semibold" className={styles.heading}>
          {t('libraryImport')}
        </Text>
        <Caption1>{t('libraryImportHint')}</Caption1>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.xlsx"
          aria-label={t('libraryImport')}
          onChange={(e: ChangeEvent<HTMLInputElement>) => {
            const file = e.target.files?.[0];
            // Emptied, so the same file chosen again (after 移除, or edited since) is read again.
            e.target.value = '';
            if (file) void importFile(file);
          }}
        />
        <div aria-live="polite">
          {outcome && (
            <MessageBar intent={outcome.kind}>
              <MessageBarBody>{outcome.text}</MessageBarBody>
            </MessageBar>
          )}
        </div>
        {importedName !== null && (
          <Caption1>
            {t('libraryImported', { name: importedName })}{' '}
            <Link
              as="button"
              onClick={() => {
                void clear();
                // The link goes with the line: focus the file input, where a person would import another.
                fileInput.current?.focus();
              }}
            >
              {t('libraryRemove')}
            </Link>
          </Caption1>
        )}
      </Card>
      <Caption1 className={styles.meta}>
        {t('libraryCount', { types: library.types.length, indicators: library.indicators.length })}
      </Caption1>
    </div>
  );
}

function Suggestions({
  formIndex,
  limit,
  setLimit,
  library,
  chosenIds,
  onChoose,
}: {
  formIndex: number;
  limit: number;
  setLimit: (limit: number) => void;
  library: Library;
  /** The types the person chose for this form (one or two); none to follow the form's words. */
  chosenIds: readonly string[];
  /** Null while the document's earlier choices are still being read. */
  onChoose: ((typeIds: readonly string[]) => void) | null;
}) {
  const styles = useStyles();
  const lists = useListStyles();
  const { state, lang, t } = usePane();
  const form = state.forms[formIndex]!.form;
  // 再显示 10 条建议 asks for a longer list (limit); it starts with the shorter one, so the cards already read stay put.
  const projectTypes = library.types.filter((type) => type.id !== COMMON_TYPE);
  // A choice the library no longer has (another organisation library imported since) falls back to the reading.
  const chosenTypes = chosenTypesIn(chosenIds, projectTypes);
  // The list is new on every render; its ids say whether the choice changed.
  const chosenKey = chosenTypes.map((type) => type.id).join(',');
  const [firstChosen, secondChosen] = chosenTypes;
  const choose = (typeIds: readonly string[]) => {
    setLimit(DEFAULT_SUGGESTIONS);
    onChoose?.(typeIds);
  };
  // A cost indicator is asked for as 检查 asks for it: from the organisation's costFrom year, if it set one.
  const settings = state.orgSettings.status === 'ok' ? state.orgSettings : null;
  const { classification, suggestions, hasMore } = useMemo(() => {
    const classification = firstChosen ? chosenClassification(chosenTypes) : classify(form, library);
    // One more than shown tells whether 再显示 would show anything.
    const list = suggestIndicators(form, library, { classification, limit: limit + 1, settings });
    return { classification, suggestions: list.slice(0, limit), hasMore: list.length > limit };
  }, [form, library, limit, chosenKey, settings]);
  const [best] = classification.types;
  const labelOf = (type: { label: string; labelEn: string }) => (lang === 'en' ? type.labelEn : type.label);
  return (
    <section aria-labelledby="suggestions-heading" className={styles.tab} data-focus-list>
      <Text as="p">
        {firstChosen
          ? t('projectTypeChosen', { label: chosenTypes.map(labelOf).join(' + ') })
          : best
            ? t('projectType', {
                label: classification.types.map(labelOf).join(' + '),
                pct: Math.round(best.confidence * 100),
              })
            : t('projectTypeUnknown')}
        {!firstChosen && best && best.evidence.length > 0 && (
          <Caption1 className={styles.meta}>
            {' '}
            {t('decidedBy', {
              words: best.evidence
                .slice(0, 4)
                .map((e) => evidenceText(e, lang))
                .join(t('listSeparator')),
            })}
          </Caption1>
        )}
      </Text>
      <Field label={t('suggestAsType')} hint={t('suggestAsTypeHint')}>
        <Select
          value={firstChosen?.id ?? ''}
          disabled={onChoose === null}
          onChange={(_e, data) => {
            const others = secondChosen && secondChosen.id !== data.value ? [secondChosen.id] : [];
            choose(data.value ? [data.value, ...others] : []);
          }}
        >
          <option value="">{t('suggestAsRead')}</option>
          {projectTypes.map((type) => (
            <option key={type.id} value={type.id}>
              {labelOf(type)}
            </option>
          ))}
        </Select>
      </Field>
      {firstChosen && (
        // A project may be of two kinds at once (信息化运维 bought as 政府购买服务), as the classifier reads some forms.
        <Field label={t('suggestAlsoType')}>
          <Select
            value={secondChosen?.id ?? ''}
            disabled={onChoose === null}
            onChange={(_e, data) => choose(data.value ? [firstChosen.id, data.value] : [firstChosen.id])}
          >
            <option value="">{t('suggestAlsoNone')}</option>
            {projectTypes
              .filter((type) => type.id !== firstChosen.id)
              .map((type) => (
                <option key={type.id} value={type.id}>
                  {labelOf(type)}
                </option>
              ))}
          </Select>
        </Field>
      )}
      <Text
        as="h2"
        size={400}
        weight="semibold"
        id="suggestions-heading"
        className={styles.heading}
        tabIndex={-1}
        data-focus-fallback
      >
        {t('paren', { text: t('suggestTitle'), inner: suggestions.length })}
      </Text>
      {suggestions.length === 0 && <Text>{t('suggestNone')}</Text>}
      <ul className={lists.list}>
        {suggestions.map((s) => (
          <li key={s.indicator.id}>
            <IndicatorCard
              indicator={s.indicator}
              formIndex={formIndex}
              reason={lang === 'en' ? s.reason.en : s.reason.zh}
            />
          </li>
        ))}
      </ul>
      {hasMore && (
        <div>
          <Button onClick={() => setLimit(limit + DEFAULT_SUGGESTIONS)}>
            {t('suggestMore', { n: DEFAULT_SUGGESTIONS })}
          </Button>
        </div>
      )}
    </section>
  );
}

function Browser({
  formIndex,
  library,
  view,
  update,
}: {
  formIndex: number | null;
  library: Library;
  view: SuggestView;
  update: (patch: Partial<SuggestView>) => void;
}) {
  const styles = useStyles();
  const lists = useListStyles();
  const { lang, t } = usePane();
  const index = useMemo(() => buildSearchIndex(library), [library]);
  const { query, type, level1, shown } = view;
  // Another search or filter is another list: it starts again from its first page.
  const refine = (field: 'query' | 'type' | 'level1') => (_e: unknown, data: { value: string }) =>
    update({ [field]: data.value, shown: BROWSE_PAGE });
  const results = useMemo(
    () => searchLibrary(index, query, { ...(type ? { type } : {}), ...(level1 ? { level1 } : {}) }),
    [index, query, type, level1],
  );
  return (
    <section aria-labelledby="browser-heading" className={styles.tab} data-focus-list>
      <Text
        as="h2"
        size={400}
        weight="semibold"
        id="browser-heading"
        className={styles.heading}
        tabIndex={-1}
        data-focus-fallback
      >
        {t('browseTitle')}
      </Text>
      <div className={styles.row}>
        <Field label={t('browseSearch')}>
          <Input type="search" value={query} onChange={refine('query')} placeholder={t('browseSearchPlaceholder')} />
        </Field>
        <Field label={t('browseType')}>
          <Select value={type} onChange={refine('type')}>
            <option value="">{t('all')}</option>
            {library.types.map((pt) => (
              <option key={pt.id} value={pt.id}>
                {lang === 'en' ? pt.labelEn : pt.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('browseLevel1')}>
          <Select value={level1} onChange={refine('level1')}>
            <option value="">{t('all')}</option>
            {Level1Name.options.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Caption1 role="status">{t('browseCount', { n: results.length })}</Caption1>
      <ul className={lists.list}>
        {results.slice(0, shown).map((indicator) => (
          <li key={indicator.id}>
            <IndicatorCard indicator={indicator} formIndex={formIndex} />
          </li>
        ))}
      </ul>
      {results.length > shown && (
        <div>
          <Button onClick={() => update({ shown: shown + BROWSE_PAGE })}>
            {t('browseMore', { n: Math.min(BROWSE_PAGE, results.length - shown), left: results.length - shown })}
          </Button>
        </div>
      )}
    </section>
  );
}

function IndicatorCard({
  indicator,
  formIndex,
  reason,
}: {
  indicator: LibraryIndicator;
  formIndex: number | null;
  reason?: string;
}) {
  const styles = useStyles();
  const lists = useListStyles();
  const { session, busy, t } = usePane();
  // Filling a block's empty row is an ordinary cell edit: it works where the host cannot add rows too.
  const fills = formIndex !== null && session.insertPlan(formIndex, indicator)?.kind === 'fill';
  const canInsert = formIndex !== null && (fills || session.host.capabilities.insertRows);
  return (
    <Card className={lists.card} role="article" aria-label={indicator.name} data-focus-card>
      <Text weight="semibold">
        {indicator.name} · {indicator.target}
      </Text>
      <Caption1 className={styles.meta}>
        {indicator.level1} / {indicator.level2}
      </Caption1>
      {reason && <Caption1>{reason}</Caption1>}
      <Caption1>{indicator.definition}</Caption1>
      {indicator.aliases?.length ? (
        <Caption1 className={styles.meta}>
          {t('aliases', { names: indicator.aliases.join(t('listSeparator')) })}
        </Caption1>
      ) : null}
      {canInsert && (
        <div>
          <Button
            size="small"
            disabledFocusable={busy}
            onClick={(e) => void keepFocus(e.currentTarget, () => session.insertIndicator(formIndex, indicator))}
          >
            {t(fills ? 'fill' : 'insert')}
          </Button>
        </div>
      )}
    </Card>
  );
}

/** An organisation's library file as chosen in the pane. */
async function readUserLibrary(file: File, base: Library): Promise<LibraryResult> {
  return readLibraryFile(
    { name: file.name, size: file.size, bytes: async () => new Uint8Array(await file.arrayBuffer()) },
    base,
  );
}
