import { useMemo, useState } from 'preact/hooks';
import { isRequest, offeredTo, REQUEST_PREFIX, search, type ComplaintEntry } from '../../app/complaint-search.ts';
import { chosenAgeBand, chosenSex } from '../../app/session-store.ts';
import { BODY_AREAS } from '../../engine/tree-model.ts';
import { useI18n } from '../parts/i18n-context.tsx';
import { useComplaintIndex } from '../parts/use-complaint-index.ts';
import { usePageFocus } from '../parts/use-page-focus.ts';
import { Link, useHref } from '../parts/navigation-context.tsx';
import { NOT_LISTED_TREE, requestPath, type RequestChoice } from '../../app/entry-trees.ts';
import { triageEntryPath } from '../../navigation/pages.ts';

/** A tree starts its questions; a request opens its page (a search for "herhaalrecept" lands there too). */
const pathOf = (entry: ComplaintEntry) =>
  isRequest(entry) ? requestPath(entry.id.slice(REQUEST_PREFIX.length) as RequestChoice) : triageEntryPath(entry.id);

function ComplaintLink({ entry }: { entry: ComplaintEntry }) {
  const hrefFor = useHref();
  const { language } = useI18n();
  return (
    <li>
      <Link class="choice" href={hrefFor(pathOf(entry))}>
        <span class="choice__title">{entry.title[language.code]}</span>
      </Link>
    </li>
  );
}

/** Find the right tree: search by lay words in any language, or browse by body area. */
export function PickerPage() {
  const hrefFor = useHref();
  const { t, language } = useI18n();
  const band = chosenAgeBand()!;
  const sex = chosenSex()!;
  const index = useComplaintIndex();
  const [query, setQuery] = useState('');
  const heading = usePageFocus(t('complaints.title'), 'complaints');
  // One array per person and index: the search builds its vocabulary once for it, not on every key typed.
  const forAge = useMemo(() => offeredTo(index ?? [], band, sex), [index, band, sex]);
  // No results, and no "Niets gevonden", until the index is there: what was typed is searched once it arrives.
  const results = index && query.trim().length >= 2 ? search(forAge, query, language.code) : undefined;
  const byTitle = (a: ComplaintEntry, b: ComplaintEntry) =>
    (a.title[language.code] ?? '').localeCompare(b.title[language.code] ?? '', language.code);

  return (
    <>
      <Link class="back-link" href={hrefFor('/complaints/sex')}>
        {t('nav.back')}
      </Link>
      <h1 ref={heading} tabIndex={-1}>
        {t('complaints.title')}
      </h1>
      <p>
        {t('age.chosen', { age: t(`age.band.${band}`) })} <Link href={hrefFor('/complaints/age')}>{t('age.change')}</Link>
      </p>
      <p>
        {t('sex.chosen', { sex: t(`sex.choice.${sex}`) })} <Link href={hrefFor('/complaints/sex')}>{t('sex.change')}</Link>
      </p>
      <div role="search" class="search">
        <label class="search__label" for="complaint-search">
          {t('complaints.searchLabel')}
        </label>
        <p id="complaint-search-hint" class="hint">
          {t('complaints.searchHint')}
        </p>
        <input
          id="complaint-search"
          class="search__input"
          type="search"
          autoComplete="off"
          aria-describedby="complaint-search-hint"
          aria-controls="search-results"
          value={query}
          onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        />
      </div>
      <p class="search__status" role="status">
        {results && (results.length > 0 ? t('complaints.results', { count: results.length }) : t('complaints.noResults'))}
      </p>
      <ul id="search-results" class="choices">
        {results?.map((entry) => (
          <ComplaintLink key={entry.id} entry={entry} />
        ))}
      </ul>
      <ul class="choices">
        <li>
          <Link class="choice" href={hrefFor('/complaints/multiple')}>
            <span class="choice__title">{t('complaints.more')}</span>
          </Link>
        </li>
        <li>
          <Link class="choice" href={hrefFor(`/triage/${NOT_LISTED_TREE}`)}>
            <span class="choice__title">{t('complaints.notListed')}</span>
          </Link>
        </li>
      </ul>
      {index && (
        <section aria-labelledby="all-complaints">
          <h2 id="all-complaints">{t('complaints.all')}</h2>
          {BODY_AREAS.map((area) => {
            const entries = forAge.filter((entry) => !isRequest(entry) && entry.bodyArea === area).sort(byTitle);
            return (
              entries.length > 0 && (
                <section key={area} aria-labelledby={`area-${area}`}>
                  <h3 id={`area-${area}`}>{t(`content:bodyArea.${area}`)}</h3>
                  <ul class="choices">
                    {entries.map((entry) => (
                      <ComplaintLink key={entry.id} entry={entry} />
                    ))}
                  </ul>
                </section>
              )
            );
          })}
        </section>
      )}
    </>
  );
}
