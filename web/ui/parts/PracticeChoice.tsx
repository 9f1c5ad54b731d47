/**
 * Which practice the app is set up for, shown and changed by the person: the line on the start
 * page, and the list to choose from (also on an urgent outcome that has no number to give).
 */
import { useContext, useEffect, useId, useRef, useState } from 'preact/hooks';
import { kioskMode } from '../../app/device-mode.ts';
import type { NamedChoice, Setting } from '../../app/practice.ts';
import { choicesInThisBuild, type Choice } from '../../app/practice-choice.ts';
import { useI18n } from './i18n-context.tsx';
import { SettingContext } from './setting-context.tsx';
import { useChoosePractice } from './use-chosen-setting.ts';

/** Whether a person can choose here: the build has practices or regions, and this is no shared kiosk (staff set that up). */
export const canChoosePractice = () => !kioskMode() && choicesInThisBuild().length > 0;

const valueOf = (choice: Choice | undefined) => (choice ? `${choice.kind}:${choice.id}` : '');
function choiceOf(value: string): Choice | undefined {
  const [kind, id] = value.split(':');
  return (kind === 'practice' || kind === 'region') && id ? { kind, id } : undefined;
}

/** The list of this build's practices and regions (their names load when it is first shown), and "no practice". */
/** `onChoose`: instead of choosing at once (the caller chooses, and does more). */
export function PracticeChooser({ onChoose }: { onChoose?: (choice: Choice | undefined) => void }) {
  const { t, language } = useI18n();
  const setting = useContext(SettingContext);
  const choose = useChoosePractice();
  const id = useId();
  const [names, setNames] = useState<readonly NamedChoice[] | null | undefined>();
  useEffect(() => {
    let live = true;
    void import('../../app/practice.ts')
      .then((practice) => practice.namedChoices(language.code))
      .then(
        (loaded) => live && setNames(loaded),
        () => live && setNames(null),
      );
    return () => {
      live = false;
    };
  }, [language.code]);
  const current: Choice | undefined = setting?.practice
    ? { kind: 'practice', id: setting.practice.id }
    : setting?.region
      ? { kind: 'region', id: setting.region.id }
      : undefined;
  const [selected, setSelected] = useState(valueOf(current));
  if (names === undefined)
    return (
      <p class="practice-chooser" role="status">
        {t('practice.loading')}
      </p>
    );
  if (names === null || names.length === 0) return <p class="practice-chooser">{t('practice.failed')}</p>;
  const group = (kind: Choice['kind']) =>
    names
      .filter((choice) => choice.kind === kind)
      .map((choice) => (
        <option key={valueOf(choice)} value={valueOf(choice)}>
          {choice.name}
        </option>
      ));
  return (
    <form
      class="practice-chooser"
      onSubmit={(event) => {
        event.preventDefault();
        if (onChoose) onChoose(choiceOf(selected));
        else choose(choiceOf(selected));
      }}
    >
      <label for={id}>{t('practice.label')}</label>
      <select id={id} value={selected} onChange={(event) => setSelected(event.currentTarget.value)}>
        <option value="">{t('practice.nothing')}</option>
        <optgroup label={t('practice.practices')}>{group('practice')}</optgroup>
        {names.some((choice) => choice.kind === 'region') && <optgroup label={t('practice.regions')}>{group('region')}</optgroup>}
      </select>
      <button type="submit" class="button button--secondary">
        {t('practice.submit')}
      </button>
    </form>
  );
}

/**
 * On the start page: which practice the phone numbers are from (or that there is none), the way
 * back when a link brought another practice than the one remembered, and a way to change it.
 * Not in the prerendered page, which cannot know the device's choice: the line keeps its place
 * empty until the set-up is known, so nothing below it moves.
 */
export function PracticeLine() {
  const { t } = useI18n();
  const setting = useContext(SettingContext);
  const choose = useChoosePractice();
  const [mounted, setMounted] = useState(false);
  const [open, setOpen] = useState(false);
  const [announced, setAnnounced] = useState('');
  const line = useRef<HTMLDivElement>(null);
  /** The set-up when the person chose, until the new one has loaded (null: no choice waiting). */
  const before = useRef<Setting | undefined | null>(null);
  const chooserId = useId();
  useEffect(() => setMounted(true), []);
  const describe = ({ practice, region }: Setting) =>
    practice ? `${t('practice.active')} ${practice.name}` : region ? `${t('practice.region')} ${region.name}` : t('practice.none');
  // A choice is announced once the new set-up has loaded.
  useEffect(() => {
    if (before.current === null || !setting || setting === before.current) return;
    before.current = null;
    setAnnounced(describe(setting));
    // describe reads only the texts, which do not change while waiting
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [setting]);
  const chosen = (choice: Choice | undefined) => {
    before.current = setting;
    setAnnounced('');
    setOpen(false);
    choose(choice);
    line.current?.focus();
  };
  if (choicesInThisBuild().length === 0) return null;
  const choosable = mounted && canChoosePractice();
  const shown = mounted && setting && (setting.practice || setting.region || choosable) ? setting : undefined;
  return (
    <div class="practice-line" ref={line} tabIndex={-1}>
      <p class="visually-hidden" role="status">
        {announced}
      </p>
      {shown && <PracticeState setting={shown} />}
      {shown?.remembered && !kioskMode() && (
        <>
          <p>
            {t('practice.fromLink')} <strong>{shown.remembered.name}</strong>
          </p>
          <p class="practice-line__buttons">
            <button type="button" class="button" onClick={() => chosen(shown.remembered!.choice)}>
              {t('practice.backTo', { name: shown.remembered.name })}
            </button>
            {shown.practice && (
              <button type="button" class="button button--secondary" onClick={() => chosen({ kind: 'practice', id: shown.practice!.id })}>
                {t('practice.keep', { name: shown.practice.name })}
              </button>
            )}
          </p>
        </>
      )}
      {shown && choosable && (
        <p>
          <button type="button" class="link-button" aria-expanded={open} aria-controls={chooserId} onClick={() => setOpen(!open)}>
            {shown.practice || shown.region ? t('practice.change') : t('practice.choose')}
          </button>
        </p>
      )}
      <div id={chooserId} hidden={!open}>
        {open && <PracticeChooser onChoose={chosen} />}
      </div>
    </div>
  );
}

/** Which practice, or which region alone, or none. */
function PracticeState({ setting: { practice, region } }: { setting: Setting }) {
  const { t } = useI18n();
  if (practice)
    return (
      <p>
        {t('practice.active')} <strong>{practice.name}</strong>
      </p>
    );
  if (region)
    return (
      <>
        <p>
          {t('practice.region')} <strong>{region.name}</strong>
        </p>
        <p>{t('practice.regionOnly')}</p>
      </>
    );
  return <p>{t('practice.none')}</p>;
}
